import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderPrivateReply } from '../../../adapters/slack/render-blocks.js';
import { type Assay, openAssay } from '../../../src/index.js';
import { blockKitViolations } from '../../fakes/fake-slack-limits.js';
import { FAKE_USER_ID } from '../../fakes/fake-slack-payloads.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  buttonsOf,
  contextTexts,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// Socket Mode: the bot opens a WebSocket through apps.connections.open (on SLACK_API_URL),
// is greeted with hello, and answers envelopes with acks that carry the reply.

let assay: Assay;
let testBot: TestBot;

beforeAll(async () => {
  assay = openAssay();
  testBot = await startTestBot(assay, { socketMode: true });
  await testBot.fake.socketReady();
});

afterAll(async () => {
  await testBot?.stop();
});

describe('Socket Mode', () => {
  test('connects with the app token through the configured API URL', () => {
    expect(testBot.bot.mode).toBe('socket');
    const open = testBot.fake.apiCalls.find((call) => call.method === 'apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
    const authTest = testBot.fake.apiCalls.find((call) => call.method === 'auth.test');
    expect(authTest?.token).toBe(BOT_TOKEN);
  });

  test('answers the same slash command in the ack, as HTTP does', async () => {
    const { ack } = await testBot.fake.socketCommand('mercury ghana');
    expect(ack).toEqual({ ...renderPrivateReply(assay.run('mercury ghana'), 'mercury ghana') });
    expect(blockKitViolations(ack ?? {})).toEqual([]);
  });

  test('Share over the socket posts to the channel with attribution', async () => {
    // A reply without a chart: its Share goes back through the response_url.
    const { ack } = await testBot.fake.socketCommand('mercury ghana');
    const share = buttonsOf(ack ?? {}).get('assay_share');
    expect(share).toBeDefined();
    const click = await testBot.fake.socketClick({
      actionId: 'assay_share',
      ...(share ?? { label: '', value: '' }),
    });
    expect(click.ack).toEqual({});
    const shared = await testBot.fake.nextPost(click.responseUrl);
    expect(shared.response_type).toBe('in_channel');
    expect(contextTexts(shared)).toContain(
      `shared by <@${FAKE_USER_ID}> · \`/assay mercury ghana\` · data of 2026-11-30 · ${assay.corpus.records.length} records`,
    );
  });

  test("reconnects at Slack's refresh_requested and answers over the new connection", async () => {
    const opens = () =>
      testBot.fake.apiCalls.filter((call) => call.method === 'apps.connections.open').length;
    const before = opens();
    await testBot.fake.refresh();
    expect(opens()).toBe(before + 1);
    const { ack } = await testBot.fake.socketCommand('mercury ghana');
    expect(ack).toEqual({ ...renderPrivateReply(assay.run('mercury ghana'), 'mercury ghana') });
  }, 20_000);
});
