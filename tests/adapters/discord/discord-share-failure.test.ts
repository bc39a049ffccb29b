import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssay, openStore, type Store, StoreUnavailable } from '../../../src/index.js';
import { buttonsOf, EPHEMERAL, type Harness, startHarness } from './discord-harness.js';

// A Share whose share-log write fails (the store dropped out) posts nothing in the channel:
// the sharer gets the core's apology privately, also when the Share had already been deferred
// publicly (a slow reply), whose placeholder is then deleted. Real discord.js, fake Discord,
// a real SQLite store whose logShare fails the way a dropped Postgres does.

let h: Harness;
let store: Store;
let sharesDown = false;
const dir = mkdtempSync(join(tmpdir(), 'assay-discord-share-failure-'));

/** The real store, except that logShare rejects with StoreUnavailable while `sharesDown`. */
function failingShares(real: Store): Store {
  return new Proxy(real, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'logShare' || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        sharesDown
          ? Promise.reject(new StoreUnavailable('connection lost'))
          : value.apply(target, args);
    },
  });
}

beforeAll(async () => {
  store = await openStore({ dataDir: dir });
  h = await startHarness(openAssay(undefined, { store: failingShares(store) }));
});
afterAll(async () => {
  await h?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Presses Share on a fresh reply while the log is down; `age` ms old forces a deferral. */
async function failedShare(age: number) {
  const asked = await h.fake.command('search', { query: 'mercury ghana' });
  const share = buttonsOf(asked).get('Share');
  if (!asked.message || !share) throw new Error('no Share button');
  const before = new Set(h.fake.interactions.messages.keys());
  sharesDown = true;
  try {
    const result = await h.fake.interactions.dispatchButton(
      asked.message,
      share,
      undefined,
      Date.now() - age,
    );
    const made = [...h.fake.interactions.messages].filter(([id]) => !before.has(id));
    return { result, made: made.map(([, message]) => message) };
  } finally {
    sharesDown = false;
  }
}

const apologyText = (body: { content?: string; embeds?: unknown[] }) =>
  `${body.content ?? ''} ${JSON.stringify(body.embeds ?? [])}`;

describe('a Share the share log cannot keep', () => {
  it('answered at once: the apology goes to the sharer only', async () => {
    const { result, made } = await failedShare(0);
    expect(result.callbackType).toBe(4);
    expect(result.body.flags).toBe(EPHEMERAL);
    expect(apologyText(result.body)).toContain('could not reach the place it keeps meetings');
    expect(made.every((message) => ((message.flags ?? 0) & EPHEMERAL) === EPHEMERAL)).toBe(true);
  });

  it('already deferred in the channel: the placeholder is deleted, the apology is private', async () => {
    const { result, made } = await failedShare(2500);
    expect(result.callbackType).toBe(5);
    const routes = result.sent.map((sent) => sent.route);
    expect(routes).toEqual(['follow-up']);
    expect(result.body.flags).toBe(EPHEMERAL);
    expect(apologyText(result.body)).toContain('could not reach the place it keeps meetings');
    const deleted = h.fake.requests.filter(
      (request) =>
        request.method === 'DELETE' && request.path.includes(`/interaction-token-${result.id}/`),
    );
    expect(deleted.map((request) => request.path.split('/').at(-1))).toEqual(['@original']);
    // Nothing this press made is left in the channel for everyone.
    expect(made).toHaveLength(1);
    expect(made.every((message) => ((message.flags ?? 0) & EPHEMERAL) === EPHEMERAL)).toBe(true);
  });

  it('shares again once the log is back, and Discord rejected nothing', async () => {
    const asked = await h.fake.command('search', { query: 'mercury ghana' });
    const share = buttonsOf(asked).get('Share');
    if (!asked.message || !share) throw new Error('no Share button');
    const shared = await h.fake.click(asked.message, share);
    expect((shared.body.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(shared.body.content).toMatch(/^shared by /);
    expect(h.fake.rejected).toEqual([]);
  });
});
