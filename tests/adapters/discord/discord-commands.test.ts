import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageProblems } from '../../fakes/discord-limits.js';
import {
  buttonsOf,
  EPHEMERAL,
  embedOf,
  type Harness,
  plain,
  startHarness,
} from './discord-harness.js';

// `/assay <subcommand>` through real discord.js against the fake Discord: each
// subcommand's private reply, rendered from what the real core answers.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

function expectPrivateAndSafe(result: Awaited<ReturnType<Harness['fake']['command']>>) {
  expect(result.callbackType).toBe(4);
  expect(result.body.flags).toBe(EPHEMERAL);
  expect(result.body.allowed_mentions).toEqual({ parse: [] });
  expect(messageProblems(result.body)).toEqual([]);
}

describe('/assay search', () => {
  it('lists the results as fields with linked title, summary, facts and id, and offers Share', async () => {
    const reply = h.assay.runOptions('search', { query: 'mercury ghana' });
    if (reply.kind !== 'search') throw new Error(`expected search, got ${reply.kind}`);
    const result = await h.fake.command('search', { query: 'mercury ghana' });
    expectPrivateAndSafe(result);
    const embed = embedOf(result);
    expect(plain(embed.title)).toBe(reply.title);
    expect(embed.fields).toHaveLength(reply.results.length);
    reply.results.forEach((item, i) => {
      const value = embed.fields?.[i]?.value ?? '';
      expect(value).toContain(`](${item.url})`);
      expect(plain(value)).toContain(item.title);
      expect(plain(value)).toContain(item.line);
      expect(plain(value)).toContain(item.facts);
      expect(value).toContain(`\`${item.id}\``);
    });
    expect(embed.footer?.text).toBe(
      `/assay search mercury ghana · data of 2026-11-30 · ${h.assay.corpus.records.length} records`,
    );
    expect(buttonsOf(result).get('Share')).toBe('assay:share:search mercury ghana');
  });

  it('passes the named options on to the core (area as an integer, status as a choice)', async () => {
    const reply = h.assay.runOptions('search', { query: 'gold', area: 3, status: 'ongoing' });
    const result = await h.fake.command('search', { query: 'gold', area: 3, status: 'ongoing' });
    expectPrivateAndSafe(result);
    expect(plain(embedOf(result).title)).toBe(reply.title);
    expect(embedOf(result).footer?.text).toContain(`/assay ${reply.query}`);
  });

  it('answers bad option values with the core message and did-you-mean buttons', async () => {
    const reply = h.assay.runOptions('search', { query: 'mercury', country: 'ghna' });
    expect(reply.kind).toBe('problem');
    const result = await h.fake.command('search', { query: 'mercury', country: 'ghna' });
    expectPrivateAndSafe(result);
    const buttons = buttonsOf(result);
    expect(buttons.has('Share')).toBe(false);
    for (const suggestion of reply.suggestions) {
      expect(buttons.get(suggestion.label)).toBe(`assay:run:${suggestion.query}`);
    }
  });
});

describe('/assay show', () => {
  it('renders the card: summary, fields, source links, related records', async () => {
    const reply = h.assay.runOptions('show', { id: 'caring-gold' });
    if (reply.kind !== 'card') throw new Error(`expected card, got ${reply.kind}`);
    const result = await h.fake.command('show', { id: 'caring-gold' });
    expectPrivateAndSafe(result);
    const embed = embedOf(result);
    expect(plain(embed.title)).toBe(reply.title);
    const first = reply.sections.flatMap((s) => (s.type === 'links' ? s.links : []))[0];
    expect(first?.label).not.toMatch(/^Source/);
    expect(embed.description).toContain(`[${first?.label}](${first?.url}`);
    const names = (embed.fields ?? []).map((field) => plain(field.name));
    expect(names).toContain('Kind');
    expect(names).toContain('Organisations');
    expect(buttonsOf(result).has('Share')).toBe(true);
  });

  it('offers close ids as buttons for an unknown id', async () => {
    const result = await h.fake.command('show', { id: 'caring-gol' });
    expectPrivateAndSafe(result);
    expect([...buttonsOf(result).values()]).toContain('assay:run:show caring-gold');
  });
});

describe('/assay stats, brief, lessons, areas, help', () => {
  it('stats shows its chart as the embed’s picture, not as a monospace code block', async () => {
    const reply = h.assay.runOptions('stats', { by: 'mineral' });
    const result = await h.fake.command('stats', { by: 'mineral' });
    expectPrivateAndSafe(result);
    const embed = embedOf(result) as ReturnType<typeof embedOf> & { image?: { url: string } };
    expect(plain(embed.title)).toBe(reply.title);
    expect(embed.image?.url).toBe('attachment://chart-1.png');
    expect(embed.description ?? '').not.toContain('```');
  });

  it('stats puts its caveats on one line of small print', async () => {
    const reply = h.assay.runOptions('stats', { by: 'org,area', query: 'gold' });
    const note = reply.sections.at(-1);
    if (note?.type !== 'note') throw new Error('no note');
    const result = await h.fake.command('stats', { by: 'org,area', query: 'gold' });
    expectPrivateAndSafe(result);
    const description = embedOf(result).description ?? '';
    expect(description.split('\n')).toEqual([`-# ${note.parts.join(' · ')}`.replace(/`/g, '\\`')]);
  });

  it.each([
    ['brief', { topic: 'cobalt' }],
    ['lessons', { query: 'formalisation' }],
    ['lessons', {}],
    ['areas', {}],
  ] as const)('%s %o answers with the core reply', async (subcommand, options) => {
    const reply = h.assay.runOptions(subcommand, options);
    const result = await h.fake.command(subcommand, options);
    expectPrivateAndSafe(result);
    expect(plain(embedOf(result).title)).toBe(reply.title);
    expect(buttonsOf(result).has('Share')).toBe(reply.shareable);
  });

  it('help lists the commands, with example buttons and no Share', async () => {
    const reply = h.assay.runOptions('help', {});
    const result = await h.fake.command('help');
    expectPrivateAndSafe(result);
    const names = (embedOf(result).fields ?? []).map((field) => plain(field.name));
    for (const command of h.assay.commands)
      expect(names.some((name) => name.startsWith(command.name))).toBe(true);
    expect(buttonsOf(result).has('Share')).toBe(false);
    expect([...buttonsOf(result).keys()]).toEqual(reply.suggestions.map((s) => s.label));
  });
});

describe('autocomplete', () => {
  it.each([
    ['search', 'query', 'merc', 'query'],
    ['search', 'country', 'gha', 'country'],
    ['search', 'mineral', 'cob', 'mineral'],
    ['show', 'id', 'caring', 'id'],
    ['stats', 'country', 'dr', 'country'],
    ['help', 'command', 'st', 'command'],
  ] as const)(
    '%s › %s "%s" offers the core choices, in its order',
    async (subcommand, option, typed, source) => {
      const expected = h.assay.complete(source, typed);
      expect(expected.length).toBeGreaterThan(0);
      const result = await h.fake.autocomplete(subcommand, { [option]: typed }, option);
      expect(result.callbackType).toBe(8);
      expect(result.choices).toEqual(expected.slice(0, 25));
      for (const choice of result.choices ?? [])
        expect(choice.name.length).toBeLessThanOrEqual(100);
    },
  );

  it('answers an option without completions with no choices', async () => {
    const result = await h.fake.autocomplete('search', { query: 'gold', org: 'il' }, 'org');
    expect(result.callbackType).toBe(8);
    expect(result.choices).toEqual([]);
  });
});

describe('every message of this file', () => {
  it('stayed within Discord limits, pinged no one, and nothing failed', () => {
    expect(h.fake.rejected).toEqual([]);
    expect(h.logs).toEqual([]);
    expect(h.fake.interactions.sent.length).toBeGreaterThan(10);
    for (const { body } of h.fake.interactions.sent) {
      expect(messageProblems(body)).toEqual([]);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    }
  });
});
