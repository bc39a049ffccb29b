import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Assay, openAssay, type RecordItem } from '../../../src/index.js';
import { blockKitViolations } from '../../fakes/fake-slack-limits.js';
import { FAKE_USER_ID } from '../../fakes/fake-slack-payloads.js';
import {
  blocksOf,
  buttonsOf,
  contextTexts,
  replyTo,
  sectionTexts,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// The slash command over HTTP, signed exactly as Slack signs it, against the real core.

let assay: Assay;
let testBot: TestBot;

beforeAll(async () => {
  assay = openAssay();
  testBot = await startTestBot(assay);
});

afterAll(async () => {
  await testBot?.stop();
});

async function ask(text: string) {
  const delivery = await testBot.fake.command(text);
  expect(delivery.status).toBe(200);
  return replyTo(testBot.fake, delivery);
}

async function press(message: Record<string, unknown>, actionId: string) {
  const button = buttonsOf(message).get(actionId);
  if (!button) throw new Error(`no ${actionId} button`);
  const delivery = await testBot.fake.click({ actionId, ...button });
  expect(delivery.status).toBe(200);
  expect(delivery.ack).toBeUndefined();
  return testBot.fake.nextPost(delivery.responseUrl);
}

describe('a search reply', () => {
  test('is private, answered in the ack, and lists each result with link, summary, facts and id', async () => {
    const reply = assay.run('mercury ghana');
    const delivery = await testBot.fake.command('mercury ghana');
    expect(delivery.ack?.response_type).toBe('ephemeral');
    const message = delivery.ack ?? {};
    expect(blocksOf(message)[0]).toMatchObject({ type: 'header', text: { text: reply.title } });
    const results = reply.kind === 'search' ? reply.results : [];
    expect(results.length).toBeGreaterThan(0);
    const texts = sectionTexts(message);
    // Notes ("Understood: country Ghana.") come first; each result has its own section.
    const resultTexts = texts.slice(texts.length - results.length);
    results.forEach((item: RecordItem, index) => {
      const text = resultTexts[index] ?? '';
      expect(text).toContain(`<${item.url}|`);
      expect(text).toContain(item.line.slice(0, 40));
      expect(text).toContain(`\`${item.id}\``);
    });
    expect(contextTexts(message).at(-1)).toMatch(/Only you can see this/);
    expect(buttonsOf(message).get('assay_share')?.value).toBe('mercury ghana');
  });
});

describe('each command', () => {
  test('stats renders a monospace bar chart in a section', async () => {
    const message = await ask('stats by:mineral');
    expect(sectionTexts(message).some((text) => /^```\n[\s\S]*█[\s\S]*\n```$/.test(text))).toBe(
      true,
    );
  });

  test('stats puts its caveats in one context line under the chart', async () => {
    const reply = assay.run('stats by:org,area gold');
    const note = reply.sections.at(-1);
    if (note?.type !== 'note') throw new Error('no note');
    const blocks = blocksOf(await ask('stats by:org,area gold'));
    const chartAt = blocks.findIndex((block) => String(block.text?.text ?? '').startsWith('```'));
    const after = blocks[chartAt + 1];
    expect(after?.type).toBe('context');
    expect(after?.elements).toEqual([{ type: 'mrkdwn', text: note.parts.join(' · ') }]);
    expect(note.parts.length).toBeGreaterThan(2);
    // No caveat left as a section of its own.
    const sections = blocks.filter((block) => block.type === 'section');
    expect(sections).toHaveLength(1);
  });

  test('show renders a card with fields and a links context', async () => {
    const message = await ask('show caring-gold');
    const fields = blocksOf(message).flatMap((block) => block.fields ?? []);
    expect(fields.map((field) => String(field.text))).toContain('*Minerals*\ngold');
    expect(contextTexts(message).some((text) => text.includes('<https://'))).toBe(true);
  });

  test('brief and help answer, and help offers no Share', async () => {
    const brief = await ask('brief cobalt');
    expect(blocksOf(brief)[0]).toMatchObject({ type: 'header' });
    expect(buttonsOf(brief).has('assay_share')).toBe(true);
    const help = await ask('help');
    expect(sectionTexts(help).join('\n')).toContain('search');
    expect(buttonsOf(help).has('assay_share')).toBe(false);
  });
});

describe('Share', () => {
  test('posts the finding to the channel with attribution and the same links', async () => {
    const privateReply = await ask('mercury ghana');
    const shared = await press(privateReply, 'assay_share');
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(contextTexts(shared)).toContain(
      `shared by <@${FAKE_USER_ID}> · \`/assay mercury ghana\` · data of 2026-11-30 · ${assay.corpus.records.length} records`,
    );
    const links = (message: Record<string, unknown>) =>
      sectionTexts(message).flatMap((text) => text.match(/<https?:[^|>]+\|/g) ?? []);
    expect(links(shared)).toEqual(links(privateReply));
    expect(blocksOf(shared).some((block) => block.type === 'actions')).toBe(false);
  });
});

describe('paging', () => {
  test('Next and Previous stay private and replace the message', async () => {
    const first = await ask('gold');
    expect(buttonsOf(first).has('assay_previous')).toBe(false);
    const second = await press(first, 'assay_next');
    expect(second).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(sectionTexts(second)).not.toEqual(sectionTexts(first));
    expect(contextTexts(second).at(-1)).toMatch(/^Page 2 of \d+/);
    const back = await press(second, 'assay_previous');
    expect(sectionTexts(back)).toEqual(sectionTexts(first));
  });
});

describe('zero results', () => {
  test('offer up to five did-you-mean buttons that run their query in place', async () => {
    const none = await ask('zzzqqq');
    const suggestions = [...buttonsOf(none).keys()].filter((id) => id.startsWith('assay_suggest_'));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    const picked = await press(none, 'assay_suggest_0');
    expect(picked.replace_original).toBe(true);
    const expected = assay.run(buttonsOf(none).get('assay_suggest_0')?.value ?? '');
    expect(blocksOf(picked)[0]).toMatchObject({ text: { text: expected.title } });
  });
});

describe('a slow core', () => {
  test('is acknowledged at once and answered through response_url', async () => {
    const slow = await startTestBot(assay, { ackBudgetMs: 0, fake: testBot.fake });
    try {
      const delivery = await slow.fake.command('mercury ghana');
      expect(delivery.status).toBe(200);
      expect(delivery.ack).toBeUndefined();
      const message = await slow.fake.nextPost(delivery.responseUrl);
      expect(message.response_type).toBe('ephemeral');
      expect(blocksOf(message)[0]).toMatchObject({ type: 'header' });
    } finally {
      await slow.stop();
      testBot.fake.botUrl = `http://127.0.0.1:${testBot.bot.port}/slack/events`;
    }
  });
});

test('every message the bot sent is within Block Kit limits', () => {
  expect(testBot.fake.messages.length).toBeGreaterThan(5);
  for (const message of testBot.fake.messages) expect(blockKitViolations(message)).toEqual([]);
});
