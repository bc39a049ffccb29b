import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type Assay, openAssay } from '../../../src/index.js';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../../fakes/fake-slack-payloads.js';
import { darkPixels, decodePng } from '../../support/decode-png.js';
import {
  buttonsOf,
  contextTexts,
  replyTo,
  sectionTexts,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// Share of a reply with a chart: the picture goes up with files.uploadV2 and
// the text as its comment; when Slack refuses, the text is shared and the
// sharer is told privately why and how to fix it.

let assay: Assay;
let testBot: TestBot;

beforeAll(async () => {
  assay = openAssay();
  testBot = await startTestBot(assay);
});
afterAll(async () => testBot?.stop());
afterEach(() => {
  const { files } = testBot.fake;
  files.scopes = new Set(['commands', 'files:write', 'channels:join']);
  files.memberOf.clear();
  files.privateChannels.clear();
  files.steps.length = 0;
  files.shared.length = 0;
});

async function share(text: string) {
  const delivery = await testBot.fake.command(text);
  const message = await replyTo(testBot.fake, delivery);
  const button = buttonsOf(message).get('assay_share');
  if (!button) throw new Error('no Share button');
  const click = await testBot.fake.click({ actionId: 'assay_share', ...button });
  expect(click.status).toBe(200);
  return click.responseUrl;
}

describe('Share of a stats reply in a channel the bot is in', () => {
  test('uploads the PNG with files.uploadV2, the text as its comment', async () => {
    testBot.fake.files.memberOf.add(FAKE_CHANNEL_ID);
    const next = testBot.fake.files.nextShare();
    await share('stats by:mineral');
    await next;
    const { files } = testBot.fake;
    expect(files.steps).toEqual([
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    const [shared] = files.shared;
    expect(shared?.channelId).toBe(FAKE_CHANNEL_ID);
    expect(shared?.comment).toMatch(
      new RegExp(`^shared by <@${FAKE_USER_ID}> · \`/assay stats by:mineral\``),
    );
    expect(shared?.comment).toContain(assay.run('stats by:mineral').title);
    // The picture replaces the text chart in the comment.
    expect(shared?.comment).not.toContain('█');
    const image = decodePng(shared?.files[0]?.bytes ?? Buffer.alloc(0));
    expect(image.width).toBe(960);
    expect(darkPixels(image)).toBeGreaterThan(2000);
  });
});

describe('Share in a public channel the bot is not in', () => {
  test('joins the channel (channels:join) and uploads', async () => {
    const next = testBot.fake.files.nextShare();
    await share('stats by:country');
    await next;
    const { files } = testBot.fake;
    expect(files.steps).toEqual([
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
      'conversations.join',
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    expect(files.shared).toHaveLength(1);
  });

  test('without channels:join, answers not_in_channel: shares the text and says how to fix it', async () => {
    testBot.fake.files.scopes.delete('channels:join');
    const responseUrl = await share('stats by:mineral,area');
    const shared = await testBot.fake.nextPost(responseUrl);
    expect(shared.response_type).toBe('in_channel');
    expect(contextTexts(shared).at(-1)).toContain(`shared by <@${FAKE_USER_ID}>`);
    expect(sectionTexts(shared).join('\n')).toContain('```');
    const notice = await testBot.fake.nextPost(responseUrl);
    expect(notice).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(notice.text)).toContain('`channels:join`');
    expect(testBot.fake.files.shared).toEqual([]);
  });
});

describe('Share refused', () => {
  test('in a private channel: text in the channel, an invitation hint to the sharer', async () => {
    testBot.fake.files.privateChannels.add(FAKE_CHANNEL_ID);
    const responseUrl = await share('stats by:mineral');
    expect((await testBot.fake.nextPost(responseUrl)).response_type).toBe('in_channel');
    const notice = await testBot.fake.nextPost(responseUrl);
    expect(String(notice.text)).toContain('private channel');
    expect(String(notice.text)).toContain('/invite @Assay');
  });

  test('without files:write: text in the channel, the missing scope named', async () => {
    testBot.fake.files.scopes.delete('files:write');
    testBot.fake.files.memberOf.add(FAKE_CHANNEL_ID);
    const responseUrl = await share('stats by:mineral');
    expect((await testBot.fake.nextPost(responseUrl)).response_type).toBe('in_channel');
    const notice = await testBot.fake.nextPost(responseUrl);
    expect(String(notice.text)).toContain('`files:write`');
    expect(testBot.fake.files.steps).toEqual(['files.getUploadURLExternal']);
  });
});

describe('the private reply on a phone', () => {
  test.each([
    'stats by:mineral,area',
    'stats by:country,mineral',
    'stats by:country',
    'brief gold',
  ])('%s keeps every code-block line within 40 characters', async (text) => {
    const message = await replyTo(testBot.fake, await testBot.fake.command(text));
    const code = sectionTexts(message)
      .flatMap((section) => [...section.matchAll(/```\n([\s\S]*?)\n```/g)])
      .flatMap((match) => (match[1] ?? '').split('\n'));
    expect(code.length).toBeGreaterThan(0);
    for (const line of code)
      expect(line.replace(/&amp;|&lt;|&gt;/g, '_').length, line).toBeLessThanOrEqual(40);
  });
});
