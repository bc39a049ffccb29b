import { describe, expect, test } from 'vitest';
import { renderPrivateReply, renderSharedReply } from '../../../adapters/slack/render-blocks.js';
import { fitList, fitText } from '../../../adapters/slack/render-limits.js';
import { openAssay, type RecordItem, type Reply } from '../../../src/index.js';
import { blockKitViolations, mrkdwnTexts } from '../../fakes/fake-slack-limits.js';

// The renderer on its own: replies far bigger than the core makes today still fit Block Kit,
// cut at word boundaries with "… and N more".

const words = (count: number, word = 'mercury') =>
  Array.from({ length: count }, () => word).join(' ');

const record = (index: number): RecordItem => ({
  id: `record-${index}-${'x'.repeat(300)}`,
  type: 'intervention',
  title: `Title ${index} ${words(200, 'gold')}`,
  url: `https://example.org/${'path/'.repeat(50)}${index}`,
  line: words(800, 'summary'),
  facts: words(300, 'Ghana'),
});

function hugeReply(): Reply {
  const items = Array.from({ length: 120 }, (_, index) => record(index));
  return {
    kind: 'search',
    query: `search ${words(500)}`,
    title: words(100, 'title'),
    total: 5000,
    results: items,
    sections: [
      { type: 'text', text: words(3000, 'text') },
      { type: 'heading', text: words(1000, 'heading') },
      { type: 'records', items },
      {
        type: 'fields',
        fields: Array.from({ length: 35 }, (_, i) => ({
          label: words(80, `l${i}`),
          value: words(900),
        })),
      },
      { type: 'chart', lines: Array.from({ length: 800 }, (_, i) => `row ${i} ${'█'.repeat(40)}`) },
      {
        type: 'links',
        links: Array.from({ length: 300 }, (_, i) => ({
          label: `Source ${i}`,
          url: `https://example.org/${i}`,
        })),
      },
    ],
    suggestions: Array.from({ length: 12 }, (_, i) => ({
      label: words(40, `s${i}`),
      query: `search s${i}`,
    })),
    paging: {
      page: 2,
      pageCount: 1000,
      pageSize: 5,
      total: 5000,
      next: 'search x page:3',
      previous: 'search x page:1',
    },
    shareable: true,
  };
}

describe('a reply far beyond Block Kit limits', () => {
  test('renders privately within every limit, saying what was cut', () => {
    const message = renderPrivateReply(hugeReply(), words(1000));
    expect(blockKitViolations({ ...message })).toEqual([]);
    const text = JSON.stringify(message);
    expect(text).toMatch(/… and \d+ more words/);
    expect(text).toMatch(/… and \d+ more"/);
    const suggestionButtons = message.blocks
      .flatMap((block) => (block.type === 'actions' ? block.elements : []))
      .filter(
        (element) =>
          'action_id' in element && String(element.action_id).startsWith('assay_suggest_'),
      );
    expect(suggestionButtons).toHaveLength(5);
  });

  test('renders for the channel within every limit too', () => {
    const message = renderSharedReply(hugeReply(), words(1000), {
      userId: 'U123ABC',
      command: '/assay',
    });
    expect(blockKitViolations({ ...message })).toEqual([]);
  });
});

describe('every reply the shipped corpus can give', () => {
  test('every record card, and every help page, fits', () => {
    const assay = openAssay();
    const texts = [
      ...assay.corpus.records.map((item) => `show ${item.id}`),
      ...assay.commands.map((command) => `help ${command.name}`),
    ];
    for (const text of texts) {
      const message = renderPrivateReply(assay.run(text), text);
      expect(blockKitViolations({ ...message }), text).toEqual([]);
      for (const mrkdwn of mrkdwnTexts({ ...message })) expect(mrkdwn).not.toMatch(/<[!@#]/);
    }
  });
});

describe('cutting text', () => {
  test('cuts at a word boundary and counts the words left out', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta';
    expect(fitText(text, 35)).toBe('alpha beta gamma … and 5 more words');
  });

  test('leaves text that fits alone, and measures it after escaping', () => {
    expect(fitText('short', 10)).toBe('short');
    const escapeAmp = (part: string) => part.replace(/&/g, '&amp;');
    const cut = fitText('a & b & c & d & e & f & g & h', 30, escapeAmp);
    expect(escapeAmp(cut).length).toBeLessThanOrEqual(30);
    expect(cut).toMatch(/^a & b .*… and \d+ more words$/);
  });

  test('cuts one endless word by characters', () => {
    const cut = fitText('x'.repeat(10_000), 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/^x+ … and [\d,]+ more characters$/);
  });

  test('lists whole items and says how many are left', () => {
    expect(fitList(['aaaa', 'bbbb', 'cccc', 'dddd'], 26, ' · ')).toBe('aaaa · bbbb · … and 2 more');
    expect(fitList(['a', 'b'], 100, ', ')).toBe('a, b');
  });
});

describe('the limits check itself', () => {
  test('catches what Slack would refuse', () => {
    const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
    const button = {
      type: 'button',
      action_id: 'a',
      text: { type: 'plain_text', text: 'x'.repeat(76) },
    };
    const problems = blockKitViolations({
      blocks: [
        ...Array.from({ length: 50 }, () => section('ok')),
        section('x'.repeat(3001)),
        { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } },
        { type: 'actions', elements: [button, button] },
      ],
    });
    expect(problems).toEqual([
      '53 blocks (max 50)',
      'block 50 (section): text 3001',
      'block 51 (header): header length',
      'block 52 (actions): button label',
      'block 52 (actions): button label',
      'block 52 (actions): duplicate action_id a',
    ]);
  });
});
