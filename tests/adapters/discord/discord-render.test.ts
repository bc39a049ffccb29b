import { beforeAll, describe, expect, it } from 'vitest';
import { ButtonIds } from '../../../adapters/discord/button-ids.js';
import { DeferPolicy } from '../../../adapters/discord/defer-policy.js';
import { fitLines, fitText } from '../../../adapters/discord/render-limits.js';
import { escapeMarkdown, maskedLink } from '../../../adapters/discord/render-markdown.js';
import {
  type DiscordMessage,
  renderChoices,
  renderPrivate,
  renderShared,
} from '../../../adapters/discord/render-message.js';
import type { RecordItem, Reply } from '../../../src/index.js';
import { choiceProblems, messageProblems } from '../../fakes/discord-limits.js';

// The renderer on hand-built Replies far beyond anything the shipped corpus
// holds: whatever the core says, Discord must accept the message.

const words = (count: number, word = 'cobalt') =>
  Array.from({ length: count }, (_, i) => `${word}${i}`).join(' ');

const item = (i: number): RecordItem => ({
  id: `record-${i}-${'x'.repeat(60)}`,
  type: 'report',
  title: words(80, 'Title'),
  url: `https://example.org/${'path/'.repeat(40)}${i}`,
  line: words(200, 'line'),
  facts: words(50, 'Ghana'),
});

const enormous: Reply = {
  kind: 'search',
  query: `search ${words(60)}`,
  title: words(100, 'title'),
  total: 60,
  results: [],
  sections: [
    { type: 'text', text: words(900) },
    {
      type: 'chart',
      lines: Array.from({ length: 400 }, (_, i) => `${words(4, 'bar')} ${'█'.repeat(i % 40)}`),
    },
    {
      type: 'links',
      links: Array.from({ length: 40 }, (_, i) => ({
        label: `Source ${i}`,
        url: `https://e.org/${i}`,
      })),
    },
    { type: 'records', items: Array.from({ length: 60 }, (_, i) => item(i)) },
    { type: 'heading', text: words(90, 'Heading') },
    {
      type: 'fields',
      fields: Array.from({ length: 30 }, (_, i) => ({
        label: words(90, `L${i}`),
        value: words(400),
      })),
    },
    { type: 'text', text: words(600) },
  ],
  suggestions: Array.from({ length: 40 }, (_, i) => ({
    label: words(30, `try${i}`),
    query: `search ${words(30)} ${i}`,
  })),
  paging: {
    page: 2,
    pageCount: 12,
    pageSize: 5,
    total: 60,
    next: `search ${words(30)} page:3`,
    previous: 'search x page:1',
  },
  shareable: true,
};

describe('a reply far over every limit', () => {
  let message: DiscordMessage;
  beforeAll(async () => {
    message = await renderPrivate(enormous, new ButtonIds());
  });

  it('is cut to fit, never rejected', () => {
    expect(messageProblems(message)).toEqual([]);
    expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it('says what was cut: "… and N more"', () => {
    const embed = message.embeds[0];
    expect(embed?.title).toMatch(/ … and \d+ more$/);
    expect(embed?.description).toMatch(/… and \d+ more/);
    expect(embed?.fields?.at(-1)?.value).toMatch(/^… and \d+ more$/);
    expect(embed?.footer?.text).toMatch(/… and \d+ more$/);
  });

  it('keeps paging and Share in the first row, suggestions after, at most 5 rows', () => {
    expect(
      message.components[0]?.components.map((button) =>
        'label' in button ? button.label : undefined,
      ),
    ).toEqual(['◀ Previous', 'Next ▶', 'Share']);
    expect(message.components).toHaveLength(5);
  });

  it('stays within the limits when shared publicly too', () => {
    const shared = renderShared(enormous, '42');
    expect(messageProblems(shared)).toEqual([]);
    expect(shared.content).toMatch(/^shared by <@42> · \/assay search /);
    expect(shared.components).toEqual([]);
  });
});

describe('cutting text', () => {
  it('cuts at a word boundary and counts the words left out', () => {
    expect(fitText('one two three four five six', 20)).toBe('one two … and 4 more');
    expect(fitText('short', 20)).toBe('short');
    expect(fitText('x'.repeat(50), 20)).toHaveLength(20);
  });

  it('keeps whole lines and counts the lines left out', () => {
    expect(fitLines(['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'], 23)).toEqual([
      'aaaa',
      'bbbb',
      '… and 3 more',
    ]);
    expect(fitLines(['aaaa', 'bbbb'], 23)).toEqual(['aaaa', 'bbbb']);
  });
});

describe('escaping', () => {
  it('neutralises markdown, mentions and masked links', () => {
    const escaped = escapeMarkdown('**b** _i_ <@1> @everyone [x](http://y) # h\n- item `c` ||s||');
    expect(escaped).toBe(
      '\\*\\*b\\*\\* \\_i\\_ \\<@1\\> @\u200beveryone \\[x\\](http://y) # h\n\\- item \\`c\\` \\|\\|s\\|\\|',
    );
  });

  it('links only http(s) URLs and keeps them inside the parentheses', () => {
    expect(maskedLink('A (b)', 'https://e.org/a (b)')).toBe('[A (b)](https://e.org/a%20%28b%29)');
    expect(maskedLink('A', 'javascript:alert(1)')).toBe('A');
  });
});

describe('buttons and choices', () => {
  it('round-trips queries through custom_ids, keeping long ones in memory without a store', async () => {
    const ids = new ButtonIds();
    expect(await ids.decode(await ids.encode('run', 'search gold page:2'))).toEqual({
      action: 'run',
      query: 'search gold page:2',
    });
    const long = `search ${words(40)}`;
    const id = await ids.encode('share', long);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(await ids.decode(id)).toEqual({ action: 'share', query: long });
    expect(await new ButtonIds().decode(id)).toEqual({ action: 'share', expired: true });
    expect(await ids.decode('someone-else:button')).toBeNull();
  });

  it('keeps autocomplete within 25 choices of ≤ 100 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: words(30), value: `v${i}` }));
    expect(choiceProblems(renderChoices(many))).toEqual([]);
    expect(renderChoices(many)).toHaveLength(25);
  });
});

describe('deferring', () => {
  it('answers directly when fresh and fast, defers when old or recently slow', () => {
    const policy = new DeferPolicy();
    const now = 1_000_000;
    expect(policy.shouldDefer(now - 100, 'search', now)).toBe(false);
    expect(policy.shouldDefer(now - 2000, 'search', now)).toBe(true);
    policy.record('stats', 1800);
    expect(policy.shouldDefer(now, 'stats', now)).toBe(true);
    expect(policy.shouldDefer(now, 'search', now)).toBe(false);
  });
});
