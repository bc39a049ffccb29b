import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Assay, openAssay } from '../../../src/index.js';
import { blockKitViolations, mrkdwnTexts } from '../../fakes/fake-slack-limits.js';
import { FAKE_USER_ID, signSlackBody } from '../../fakes/fake-slack-payloads.js';
import {
  blocksOf,
  buttonsOf,
  contextTexts,
  replyTo,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// Requests Slack did not send (or sent before) are refused; text from users and the corpus
// cannot ping anyone or smuggle a link; no reply breaks a Block Kit limit.

let assay: Assay;
let testBot: TestBot;

beforeAll(async () => {
  assay = openAssay();
  testBot = await startTestBot(assay);
});

afterAll(async () => {
  await testBot?.stop();
});

describe('signatures', () => {
  test('a forged signature is refused', async () => {
    const delivery = await testBot.fake.command('mercury ghana', undefined, {
      signature: `v0=${'0'.repeat(64)}`,
    });
    expect(delivery.status).toBe(401);
    expect(delivery.ack).toBeUndefined();
  });

  test('a body signed with another secret is refused', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const body = 'command=%2Fassay&text=gold';
    const signature = signSlackBody('not-the-secret', timestamp, body);
    const delivery = await testBot.fake.sendSigned(body, testBot.fake.newResponseUrl(), {
      timestamp,
      signature,
    });
    expect(delivery.status).toBe(401);
  });

  test('a correctly signed request older than five minutes is refused', async () => {
    const stale = Math.floor(Date.now() / 1000) - 5 * 60 - 30;
    const delivery = await testBot.fake.command('mercury ghana', undefined, { timestamp: stale });
    expect(delivery.status).toBe(401);
  });

  test('the same signed request sent twice is answered once, then refused', async () => {
    const first = await testBot.fake.command('mercury ghana');
    expect(first.status).toBe(200);
    expect(first.ack).toBeDefined();
    const replay = await testBot.fake.deliver(first);
    expect(replay.status).toBe(401);
    expect(replay.ack).toBeUndefined();
    expect(testBot.logs.join('\n')).toMatch(/signature was already used/);
  });

  test('a replayed button press is refused too', async () => {
    const first = await testBot.fake.click({
      actionId: 'assay_share',
      value: 'mercury ghana',
      label: 'Share',
    });
    expect(first.status).toBe(200);
    expect((await testBot.fake.deliver(first)).status).toBe(401);
  });
});

describe('mention and link injection', () => {
  const attempts = [
    '<!channel>',
    '&lt;!channel&gt; &lt;!here&gt;', // how Slack delivers what was typed
    '<!everyone> <@U024BE7LH> <#C024BE7LR>',
    '<https://evil.example|click me>',
    'show <https://evil.example|caring-gold>',
    'stats country:<!here>',
    'brief <!subteam^S123|team> & friends',
  ];

  test.each(attempts)('%s pings nobody and links nowhere new', async (text) => {
    const delivery = await testBot.fake.command(text);
    const message = await replyTo(testBot.fake, delivery);
    for (const mrkdwn of mrkdwnTexts(message)) {
      expect(mrkdwn).not.toMatch(/<[!@#]/);
      expect(mrkdwn).not.toMatch(/<https?:\/\/evil/);
    }
    const header = blocksOf(message)[0];
    if (header?.type === 'header') expect(header.text).toMatchObject({ type: 'plain_text' });
  });

  test('the escaped text is still shown, and Share quotes it inertly', async () => {
    const message = await replyTo(testBot.fake, await testBot.fake.command('<!channel>'));
    expect(String(message.text)).toContain('&lt;!channel&gt;');
    const share = buttonsOf(message).get('assay_share');
    expect(share?.value).toBe('<!channel>');
    if (!share) return;
    const delivery = await testBot.fake.click({ actionId: 'assay_share', ...share });
    const shared = await testBot.fake.nextPost(delivery.responseUrl);
    expect(contextTexts(shared)).toContain(
      `shared by <@${FAKE_USER_ID}> · \`/assay &lt;!channel&gt;\` · data of 2026-11-30 · ${assay.corpus.records.length} records`,
    );
    const mentions = mrkdwnTexts(shared)
      .join('\n')
      .match(/<[!@#][^>]*>/g);
    expect(mentions).toEqual([`<@${FAKE_USER_ID}>`]);
  });
});

describe('Block Kit limits', () => {
  const hostile = [
    'x'.repeat(20_000),
    'gold '.repeat(4_000),
    `show ${'a'.repeat(5_000)}`,
    `search ${'mercury '.repeat(300)}`,
    '__proto__',
    'stats area:12',
    'search year:20x5',
    'show no-such-record',
    'flibbertigibbet',
    '((([[[.*+?^$' + '{}|\\', // regex characters
    'help nonsense',
    '',
  ];
  const everyCommand = () => [
    ...assay.commands.flatMap((command) => command.examples),
    'areas',
    'lessons',
    'stats by:country',
    'stats by:org',
    'stats by:donor',
    'stats by:year',
    'stats by:country,mineral',
    'search gold page:3',
    'search gold page:999',
  ];

  test('every command and every hostile input gets a reply Slack would accept', async () => {
    for (const text of [...everyCommand(), ...hostile]) {
      const delivery = await testBot.fake.command(text);
      expect(delivery.status, text.slice(0, 40)).toBe(200);
      const message = await replyTo(testBot.fake, delivery);
      expect(blockKitViolations(message), text.slice(0, 40)).toEqual([]);
    }
  });

  test('every message the bot sent in this file is within the limits', () => {
    for (const message of testBot.fake.messages) expect(blockKitViolations(message)).toEqual([]);
  });
});
