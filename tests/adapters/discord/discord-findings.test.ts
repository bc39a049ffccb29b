import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/command-definitions.js';
import { type DigestReply, openAssay, openStore, type Store } from '../../../src/index.js';
import { messageProblems } from '../../fakes/discord-limits.js';
import { FACILITATOR_PERMISSIONS, makeUser, snowflake } from '../../fakes/fake-discord-payloads.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import {
  buttonsOf,
  EPHEMERAL,
  embedOf,
  type Harness,
  plain,
  startHarness,
} from './discord-harness.js';

// One result at a time on the real discord.js: a select menu under a search, brief or lessons
// reply shares one record's card publicly ("Share this", logged for the digest) or opens it
// privately ("Details"); `for` addresses a share to one person, the only one it may ping.

let h: Harness;
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'assay-discord-findings-'));
const efua = makeUser(snowflake(), 'efua');
const kofi = makeUser(snowflake(), 'kofi');

beforeAll(async () => {
  store = await openStore({ dataDir: dir });
  h = await startHarness(openAssay(FIXTURE_CORPUS, { store }));
});
afterAll(async () => {
  await h?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Select {
  type: number;
  custom_id: string;
  placeholder?: string;
  options: { label: string; value: string }[];
}

/** The reply's select menu of results. */
function menuOf(result: { body: { components?: unknown[] } }): Select {
  const rows = (result.body.components ?? []) as { components: Select[] }[];
  const menu = rows.flatMap((row) => row.components).find((component) => component.type === 3);
  if (!menu) throw new Error(`no select menu in ${JSON.stringify(result.body.components)}`);
  return menu;
}

const stored = (result: { message?: APIMessage }): APIMessage => {
  if (!result.message) throw new Error('the reply was not stored');
  return result.message;
};

describe('the menu of results', () => {
  it('offers Share this and Details for each result, beside the Share and paging row', async () => {
    const reply = h.assay.runOptions('search', { query: 'gold' });
    if (reply.kind !== 'search') throw new Error(reply.kind);
    const asked = await h.fake.command('search', { query: 'gold' });
    const menu = menuOf(asked);
    expect(menu.placeholder).toBe('Share or open one result…');
    expect(menu.options.map((option) => option.value)).toEqual(
      reply.results.flatMap((item) => [`share:${item.id}`, `details:${item.id}`]),
    );
    expect(menu.options[0]?.label).toBe(`Share this · ${reply.results[0]?.title}`.slice(0, 100));
    expect(buttonsOf(asked).has('Share')).toBe(true);
    expect(buttonsOf(asked).has('Next ▶')).toBe(true);
    expect(messageProblems(asked.body)).toEqual([]);
  });

  it.each([
    ['brief', { topic: 'gold' }],
    ['lessons', {}],
  ] as const)('comes with %s too', async (subcommand, options) => {
    const reply = h.assay.runOptions(subcommand, options);
    const asked = await h.fake.command(subcommand, options);
    expect(menuOf(asked).options).toHaveLength(2 * (reply.findings?.items.length ?? 0));
  });

  it('is not offered where there is nothing to pick', async () => {
    for (const [subcommand, options] of [
      ['show', { id: 'caring-gold' }],
      ['stats', { by: 'mineral' }],
      ['search', { query: 'zzzqqq' }],
    ] as const) {
      const asked = await h.fake.command(subcommand, options);
      expect(() => menuOf(asked), subcommand).toThrow(/no select menu/);
    }
  });
});

describe('Share this', () => {
  it('posts just that card publicly, attributed, and the digest lists it under what was asked', async () => {
    await h.fake.interactions.dispatchCommandAs(
      { command: 'facilitate', permissions: FACILITATOR_PERMISSIONS },
      'meeting',
      { action: 'start' },
    );
    const asked = await h.fake.command('search', { query: 'mercury' });
    const menu = menuOf(asked);
    const id = menu.options[0]?.value.replace('share:', '') ?? '';
    const shared = await h.fake.select(stored(asked), menu.custom_id, `share:${id}`, kofi);
    expect(shared.callbackType).toBe(4);
    expect((shared.body.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(shared.body.content).toBe(`shared by <@${kofi.id}> · /assay search mercury`);
    expect(shared.body.allowed_mentions).toEqual({ parse: [] });
    expect(plain(embedOf(shared).title)).toBe(h.assay.run(`show ${id}`).title);
    expect(shared.body.components).toEqual([]);
    const digest = (await h.assay.answer('digest', {
      platform: 'discord',
      facilitator: true,
      channelId: h.fake.channelId,
    })) as DigestReply;
    expect(digest.entries.map((entry) => [entry.id, entry.topic, entry.sharedBy])).toEqual([
      [id, 'mercury', ['kofi']],
    ]);
  });
});

describe('Details', () => {
  it('opens the card privately in a new message, leaving the list as it was', async () => {
    const asked = await h.fake.command('search', { query: 'cobalt' });
    const menu = menuOf(asked);
    const id = menu.options[1]?.value.replace('details:', '') ?? '';
    const opened = await h.fake.select(stored(asked), menu.custom_id, `details:${id}`);
    expect(opened.callbackType).toBe(4);
    expect(opened.body.flags).toBe(EPHEMERAL);
    expect(opened.message?.id).not.toBe(asked.message?.id);
    expect(plain(embedOf(opened).title)).toBe(h.assay.run(`show ${id}`).title);
    expect(buttonsOf(opened).get('Share')).toBe(`assay:share:show ${id}`);
  });
});

describe('a share addressed with for', () => {
  it('says who it is for and may ping that one user, from Share and from Share this', async () => {
    const asked = await h.fake.command('search', { query: 'mercury', for: { user: efua } });
    const share = buttonsOf(asked).get('Share') ?? '';
    expect(share).toBe(`assay:share@${efua.id}:search mercury`);
    const whole = await h.fake.click(stored(asked), share);
    const attribution = `shared by <@${h.fake.human.id}> for <@${efua.id}> · /assay search mercury`;
    expect(whole.body.content).toBe(attribution);
    expect(whole.body.allowed_mentions).toEqual({ parse: [], users: [efua.id] });
    const menu = menuOf(asked);
    const one = await h.fake.select(stored(asked), menu.custom_id, menu.options[0]?.value ?? '');
    expect(one.body.content).toBe(attribution);
    expect(one.body.allowed_mentions).toEqual({ parse: [], users: [efua.id] });
  });

  it('keeps every other mention dead: @everyone, a role and a user typed in the query', async () => {
    const role = snowflake();
    const other = snowflake();
    const query = `gold @everyone @here <@&${role}> <@${other}>`;
    const asked = await h.fake.command('search', { query, for: { user: efua } });
    const shared = await h.fake.click(stored(asked), buttonsOf(asked).get('Share') ?? '');
    const content = shared.body.content ?? '';
    expect(shared.body.allowed_mentions).toEqual({ parse: [], users: [efua.id] });
    // The only mentions left as markup are the sharer's (dead) and the addressee's.
    expect(content.match(/(?<!\\)<@[!&]?\d+(?!\\)>/g)).toEqual([
      `<@${h.fake.human.id}>`,
      `<@${efua.id}>`,
    ]);
    expect(content).not.toMatch(/@(everyone|here)/);
  });

  it('is offered, as a user option, on the commands whose results are findings', () => {
    const registered = commandDefinitions(h.assay.commands).find((c) => c.name === 'assay');
    const subcommands = (registered?.options ?? []) as {
      name: string;
      options?: { name: string; type: number }[];
    }[];
    const withFor = subcommands
      .filter((sub) => sub.options?.some((option) => option.name === 'for' && option.type === 6))
      .map((sub) => sub.name);
    expect(withFor).toEqual(['search', 'brief', 'lessons']);
  });
});

describe('every message of this file', () => {
  it('stayed within Discord limits and nothing failed', () => {
    expect(h.fake.rejected).toEqual([]);
    expect(h.logs).toEqual([]);
    for (const { body } of h.fake.interactions.sent) expect(messageProblems(body)).toEqual([]);
  });
});
