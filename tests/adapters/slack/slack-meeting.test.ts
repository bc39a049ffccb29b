import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAssay, openStore, type Store } from '../../../src/index.js';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../../fakes/fake-slack-payloads.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import {
  buttonsOf,
  contextTexts,
  replyTo,
  sectionTexts,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// Meeting commands on the real bolt against the fake Slack, with a real SQLite store:
// ASSAY_FACILITATORS decides who may run them; Share writes the share log.

const FACILITATOR = 'U0FACIL01';
let testBot: TestBot;
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'assay-slack-meeting-'));

beforeAll(async () => {
  store = await openStore({ dataDir: dir });
  testBot = await startTestBot(openAssay(FIXTURE_CORPUS, { store }), {
    facilitators: [FACILITATOR],
  });
});
afterAll(async () => {
  await testBot?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(text: string, userId?: string) {
  const delivery = await testBot.fake.command(text, userId);
  expect(delivery.status).toBe(200);
  return replyTo(testBot.fake, delivery);
}

describe('meeting commands on Slack', () => {
  test('refuse a user not in ASSAY_FACILITATORS, privately, naming who can', async () => {
    for (const command of ['meeting start mineral:cobalt', 'meeting end', 'digest', 'gaps']) {
      const refused = await ask(command, FAKE_USER_ID);
      expect(refused.response_type).toBe('ephemeral');
      expect(sectionTexts(refused).join('\n')).toMatch(/ASSAY_FACILITATORS/);
    }
    expect(
      await store.currentMeeting({ platform: 'slack', channelId: FAKE_CHANNEL_ID }, new Date()),
    ).toBeNull();
  });

  test('run a meeting: its footer on replies, a Share in the log, the digest naming who shared', async () => {
    const started = await ask('meeting start mineral:cobalt title:"Cobalt day"', FACILITATOR);
    expect(JSON.stringify(started)).toContain('Meeting started');
    const asked = await ask('search child labour', FAKE_USER_ID);
    expect(contextTexts(asked).join('\n')).toMatch(
      /meeting: Cobalt day: cobalt, until \d\d:\d\d UTC/,
    );
    const share = buttonsOf(asked).get('assay_share');
    if (!share) throw new Error('no Share button');
    const delivery = await testBot.fake.click({
      actionId: 'assay_share',
      ...share,
      userId: FAKE_USER_ID,
    });
    expect(delivery.status).toBe(200);
    const posted = await testBot.fake.nextPost(delivery.responseUrl);
    expect(posted.response_type).toBe('in_channel');

    const digest = await ask('digest', FACILITATOR);
    const text = JSON.stringify(digest);
    expect(text).toContain('Reading list: Cobalt day');
    expect(text).toContain('shared by facilitator');
  });
});
