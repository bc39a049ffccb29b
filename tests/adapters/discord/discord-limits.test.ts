import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageProblems } from '../../fakes/discord-limits.js';
import { buttonsOf, embedOf, type Harness, startHarness } from './discord-harness.js';

// Every reply the real core can give, through the real bot, within Discord's
// limits and unable to ping: every record's card, stats by every field, hostile
// and oversized input, and the public shares of them.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** Text Discord would read as a mention or markup, not escaped. */
const UNESCAPED_MENTION = /(^|[^\\])<[@#]|@everyone|@here/;

function allText(body: Awaited<ReturnType<Harness['fake']['command']>>['body']): string {
  const embeds = body.embeds ?? [];
  return [
    body.content ?? '',
    ...embeds.flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ].join('\n');
}

describe('every card', () => {
  it('of every record in the corpus fits', async () => {
    for (const record of h.assay.corpus.records) {
      const result = await h.fake.command('show', { id: record.id });
      expect(messageProblems(result.body), record.id).toEqual([]);
      expect(embedOf(result).title).not.toBe('');
    }
  });
});

describe('stats', () => {
  const fields = [
    'area',
    'mineral',
    'country',
    'region',
    'org',
    'donor',
    'status',
    'kind',
    'year',
    'type',
  ];
  it.each(fields)('by %s fits, alone and crossed with each other field', async (by) => {
    for (const other of ['', ...fields.filter((field) => field !== by)]) {
      const result = await h.fake.command('stats', { by: other ? `${by},${other}` : by });
      expect(messageProblems(result.body), `${by},${other}`).toEqual([]);
    }
  });
});

describe('hostile and oversized input', () => {
  const hostile =
    '@everyone <@123> <@&456> <#789> **bold** `code` [x](https://evil.example) # heading @here';

  it('cannot ping or format, privately or when shared', async () => {
    const asked = await h.fake.command('search', { query: hostile });
    expect(allText(asked.body)).not.toMatch(UNESCAPED_MENTION);
    expect(allText(asked.body)).not.toContain('[x](https://evil');
    expect(asked.body.allowed_mentions).toEqual({ parse: [] });
    const share = buttonsOf(asked).get('Share');
    if (share && asked.message) {
      const shared = await h.fake.click(asked.message, share);
      const content = shared.body.content ?? '';
      expect(content.replace(`<@${h.fake.human.id}>`, '')).not.toMatch(UNESCAPED_MENTION);
      expect(shared.body.allowed_mentions).toEqual({ parse: [] });
    }
    const card = await h.fake.command('show', { id: hostile });
    expect(allText(card.body)).not.toMatch(UNESCAPED_MENTION);
  });

  it('cuts an over-long title at a word boundary with "… and N more"', async () => {
    const words = Array.from({ length: 24 }, (_, i) => `extraordinarily${i}`).join(' ');
    const result = await h.fake.command('search', { query: words });
    expect(messageProblems(result.body)).toEqual([]);
    expect(embedOf(result).title).toMatch(/ … and \d+ more$/);
  });

  it('answers every kind of page of a broad search within the limits', async () => {
    for (const page of [1, 2, 5, 24, 999]) {
      const result = await h.fake.command('search', { query: 'gold', page });
      expect(messageProblems(result.body), `page ${page}`).toEqual([]);
    }
  });
});

describe('every message of this file', () => {
  it('stayed within Discord limits, pinged no one, and nothing failed', () => {
    expect(h.fake.rejected).toEqual([]);
    expect(h.logs).toEqual([]);
    expect(h.fake.interactions.sent.length).toBeGreaterThan(h.assay.corpus.records.length);
    for (const { body } of h.fake.interactions.sent) {
      expect(messageProblems(body)).toEqual([]);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    }
  });
});
