import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUTTON_QUERY_TTL_MS, ButtonIds } from '../../../adapters/discord/button-ids.js';
import { openStore, type Store } from '../../../src/index.js';

// Long button queries kept in a real SQLite store, on an injected clock: they expire after
// the TTL, and while the store is unreachable this process still answers its own buttons.

const LONG = `search ${Array.from({ length: 20 }, (_, i) => `cobalt${i}`).join(' ')}`;
const T0 = new Date('2026-11-30T09:00:00Z');
let now = T0;
const clock = () => now;
const opened: { store: Store; dir: string }[] = [];

async function freshStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-button-ids-'));
  const store = await openStore({ dataDir: dir });
  opened.push({ store, dir });
  return store;
}

afterEach(async () => {
  for (const { store, dir } of opened.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  now = T0;
});

describe('long button queries in the store', () => {
  it('answer on another ButtonIds on the same store until the TTL, then say expired', async () => {
    const store = await freshStore();
    const id = await new ButtonIds({ store, clock }).encode('share', LONG);
    expect(id).toMatch(/^assay:share:#s/);
    expect(id.length).toBeLessThanOrEqual(100);
    const other = new ButtonIds({ store, clock });
    now = new Date(T0.getTime() + BUTTON_QUERY_TTL_MS - 1);
    expect(await other.decode(id)).toEqual({ action: 'share', query: LONG });
    now = new Date(T0.getTime() + BUTTON_QUERY_TTL_MS);
    expect(await other.decode(id)).toEqual({ action: 'share', expired: true });
  });

  it('expire in the process that made them too (its copy is only for an outage)', async () => {
    const store = await freshStore();
    const ids = new ButtonIds({ store, clock, ttlMs: 60_000 });
    const id = await ids.encode('run', LONG);
    now = new Date(T0.getTime() + 60_000);
    expect(await ids.decode(id)).toEqual({ action: 'run', expired: true });
  });

  it("fall back to this process's memory while the store is unreachable", async () => {
    const store = await freshStore();
    const ids = new ButtonIds({ store, clock });
    const before = await ids.encode('share', LONG);
    await store.close();
    expect(await ids.decode(before)).toEqual({ action: 'share', query: LONG });
    const during = await ids.encode('run', `${LONG} page:2`);
    expect(during).toMatch(/^assay:run:#k/);
    expect(await ids.decode(during)).toEqual({ action: 'run', query: `${LONG} page:2` });
    expect(await new ButtonIds({ store, clock }).decode(before)).toEqual({
      action: 'share',
      expired: true,
    });
  });
});
