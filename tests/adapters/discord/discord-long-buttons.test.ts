import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssay, openStore, type Store } from '../../../src/index.js';
import { messageProblems } from '../../fakes/discord-limits.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.js';
import { freshSchema } from '../../store/store-places.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import {
  buttonsOf,
  EPHEMERAL,
  embedOf,
  type Harness,
  plain,
  startBotOn,
} from './discord-harness.js';

// Buttons whose query is longer than a custom_id's 100 characters keep it in the store: one
// made before a restart (a new client on the same SQLite file) still answers, and one made by
// one instance answers on another sharing Postgres. Real discord.js against the fake Discord.

/** Several pages of the fixture corpus, under a query too long for a custom_id. */
const LONG_OPTIONS = {
  query: 'mining',
  mineral: 'gold,cobalt,mica,tin,tantalum,coltan,diamonds',
  region: 'Africa,Asia,Latin America',
};
const LONG_QUERY = openAssay(FIXTURE_CORPUS).runOptions('search', LONG_OPTIONS).query;
let fake: FakeDiscord;
const bots: Harness[] = [];
const stores: Store[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  for (const bot of bots) await bot.stop();
  for (const store of stores) await store.close();
  await fake?.stop();
  for (const cleanup of cleanups) await cleanup();
});

async function botOn(store: Store): Promise<Harness> {
  stores.push(store);
  const bot = await startBotOn(fake, openAssay(FIXTURE_CORPUS, { store }));
  bots.push(bot);
  return bot;
}

/** Asks the long query and returns its message and its long Share button. */
async function askLong() {
  const asked = await fake.command('search', LONG_OPTIONS);
  const share = buttonsOf(asked).get('Share');
  if (!asked.message || !share) throw new Error(`no Share button: ${JSON.stringify(asked.body)}`);
  expect(`assay:share:${LONG_QUERY}`.length).toBeGreaterThan(100);
  expect(share).toMatch(/^assay:share:#s/);
  expect(share.length).toBeLessThanOrEqual(100);
  return { asked, message: asked.message, share };
}

describe('a long-query button after a restart on the same SQLite file', () => {
  it('still shares the whole query', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-discord-buttons-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const first = await botOn(await openStore({ dataDir: dir }));
    const { asked, message, share } = await askLong();

    await first.stop();
    await stores[stores.length - 1]?.close();
    await botOn(await openStore({ dataDir: dir }));

    const shared = await fake.click(message, share);
    expect(shared.callbackType).toBe(4);
    expect((shared.body.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(plain(shared.body.content)).toContain(`/assay ${LONG_QUERY}`);
    expect(embedOf(shared).title).toBe(embedOf(asked).title);
    expect(messageProblems(shared.body)).toEqual([]);
  });
});

describe('a long-query button on two instances sharing Postgres', () => {
  it('made by the first, answered by the second', async () => {
    const place = await freshSchema('buttons');
    cleanups.push(() => place.drop());
    const instances = fake.gateway.sessionCount;
    await botOn(await openStore({ dataDir: '', databaseUrl: place.url }));
    await botOn(await openStore({ dataDir: '', databaseUrl: place.url }));

    fake.gateway.target(instances);
    const { asked, message, share } = await askLong();
    fake.gateway.target(instances + 1);
    const shared = await fake.click(message, share);
    expect(shared.callbackType).toBe(4);
    expect(plain(shared.body.content)).toContain(`/assay ${LONG_QUERY}`);
    expect(embedOf(shared).fields).toEqual(embedOf(asked).fields);

    // A long Next button pages in place on the other instance too.
    const next = buttonsOf(asked).get('Next ▶');
    expect(next).toMatch(/^assay:run:#s/);
    const paged = await fake.click(message, next ?? '');
    expect(paged.callbackType).toBe(7);
    expect(embedOf(paged).footer?.text).toContain('page:2');
  });
});

describe('every message of this file', () => {
  it('stayed within Discord limits, and nothing failed', () => {
    expect(fake.rejected).toEqual([]);
    expect(bots.flatMap((bot) => bot.logs)).toEqual([]);
    for (const { body } of fake.interactions.sent) expect(messageProblems(body)).toEqual([]);
  });
});
