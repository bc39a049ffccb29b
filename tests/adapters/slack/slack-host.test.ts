import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSlackLogger } from '../../../adapters/slack/slack-logger.js';
import { startSlack } from '../../../adapters/slack/start-slack.js';
import { openAssay } from '../../../src/index.js';
import { FakeSlack } from '../../fakes/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slack-test-bot.js';

// HOST (config.host) decides the interface HTTP mode listens on. 127.0.0.2 is a loopback
// address of its own on Linux: listening there must not answer on 127.0.0.1.

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
});
afterAll(async () => fake?.stop());

const reach = (url: string) =>
  fetch(url, { method: 'POST' }).then(
    (response) => response.status,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? 'failed',
  );

describe('HOST', () => {
  test('binds HTTP mode to that interface only, and says so', async () => {
    const lines: string[] = [];
    const bot = await startSlack(
      openAssay(),
      {
        botToken: BOT_TOKEN,
        signingSecret: SIGNING_SECRET,
        apiUrl: fake.apiUrl,
        command: '/assay',
        port: 0,
        host: '127.0.0.2',
      },
      { logger: createSlackLogger([], (_level, line) => lines.push(line)) },
    );
    try {
      expect(await reach(`http://127.0.0.2:${bot.port}/slack/events`)).toBe(401);
      expect(await reach(`http://127.0.0.1:${bot.port}/slack/events`)).toBe('ECONNREFUSED');
      expect(lines).toContain(
        `[slack] listening for /assay on 127.0.0.2, port ${bot.port}, at /slack/events.`,
      );
    } finally {
      await bot.stop();
    }
  });
});
