import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres-open.js';
import type { Store } from '../../src/store/store.js';
import { StoreOpenError, StoreUnavailable } from '../../src/store/store-errors.js';
import { at, meeting, ROOM, share, usePlace } from './store-harness.js';
import { postgresPlace, postgresUrl } from './store-places.js';
import { TcpProxy } from './tcp-proxy.js';
import { freePort } from './throwaway-cluster.js';

// Postgres that is down at start, or that drops mid-meeting, seen through a local relay.

/** The same URL (user, database, schema) at another local port. */
const through = (url: string, port: number) => {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
};

describe('the Postgres store when Postgres is away', () => {
  const stores = usePlace(postgresPlace);
  const proxies: TcpProxy[] = [];
  const opened: Store[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    for (const proxy of proxies.splice(0)) await proxy.cut();
  });

  it('gives one clear error at open, naming where and keeping the password out', async () => {
    const url = new URL(through(postgresUrl(), await freePort()));
    url.password = 'never-in-a-message';
    const opening = openPostgresStore(url.toString(), { connectTimeout: 2 });
    await expect(opening).rejects.toThrow(StoreOpenError);
    const error = (await opening.catch((caught: unknown) => caught)) as Error;
    expect(error.message).toMatch(
      new RegExp(`^Assay cannot reach Postgres at 127\\.0\\.0\\.1:${url.port}/`),
    );
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.message).not.toContain('never-in-a-message');
  });

  it('rejects calls as StoreUnavailable while it is down and works again once it is back', async () => {
    const place = stores.place();
    await (await stores.open()).close(); // migrated directly, so only the relay is cut below
    const target = new URL(postgresUrl());
    const proxy = new TcpProxy(target.hostname, Number(target.port));
    proxies.push(proxy);
    const port = await proxy.start();
    const store = await openPostgresStore(through(place.url, port), { connectTimeout: 2 });
    opened.push(store);

    const running = await store.startMeeting(meeting());
    const kept = await store.logShare(share(5));
    await proxy.cut();

    await expect(store.logShare(share(6))).rejects.toThrow(StoreUnavailable);
    await expect(store.currentMeeting(ROOM, at(7))).rejects.toThrow(StoreUnavailable);
    await expect(store.admit('during-outage', at(7), 60_000)).rejects.toThrow(/is unavailable/);

    await proxy.resume();
    const after = await store.logShare(share(8));
    expect((await store.sharesOf(running.id)).map((entry) => entry.id)).toEqual([
      kept.id,
      after.id,
    ]);
  });

  it('rejects a call in flight when the connection drops under it', async () => {
    const place = stores.place();
    await (await stores.open()).close();
    const target = new URL(postgresUrl());
    const proxy = new TcpProxy(target.hostname, Number(target.port));
    proxies.push(proxy);
    const store = await openPostgresStore(through(place.url, await proxy.start()));
    opened.push(store);
    await store.startMeeting(meeting());
    const inFlight = store.sharesOf(1);
    await proxy.cut();
    await expect(inFlight).rejects.toThrow(StoreUnavailable);
    await proxy.resume();
    expect(await store.currentMeeting(ROOM, at(1))).not.toBeNull();
  });
});
