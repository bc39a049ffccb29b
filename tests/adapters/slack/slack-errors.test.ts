import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSlackLogger, redact } from '../../../adapters/slack/slack-logger.js';
import { startSlack } from '../../../adapters/slack/start-slack.js';
import { type Assay, openAssay, type SlackConfig, translatorFor } from '../../../src/index.js';
import type { FakeSlack } from '../../fakes/fake-slack.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  SIGNING_SECRET,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

const APOLOGY = translatorFor('en')('platform:apology');

// The failure paths: a core that throws, bad credentials, a busy port. The person always gets
// a short answer, the log gets the error, and no token appears in either.

let assay: Assay;
let broken: Assay;
let testBot: TestBot;

beforeAll(async () => {
  assay = openAssay();
  const fallOver = () => {
    throw new Error(`the core fell over while holding ${BOT_TOKEN}`);
  };
  broken = { ...assay, run: fallOver, answer: async () => fallOver() };
  testBot = await startTestBot(broken);
});

afterAll(async () => {
  await testBot?.stop();
});

describe('an unexpected error', () => {
  test('in a slash command is acknowledged, apologised for and logged without the token', async () => {
    const delivery = await testBot.fake.command('mercury ghana');
    expect(delivery.status).toBe(200);
    expect(delivery.ack).toBeUndefined();
    const apology = await testBot.fake.nextPost(delivery.responseUrl);
    expect(apology).toEqual({ response_type: 'ephemeral', replace_original: false, text: APOLOGY });
    const log = testBot.logs.join('\n');
    expect(log).toMatch(
      /Could not answer a slash command from U0ASKER01 in C0WORKSHOP: the core fell over/,
    );
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SIGNING_SECRET);
  });

  test('is apologised for in the language Slack gave for the person', async () => {
    testBot.fake.users.locales.set('U0ESBROKE', 'es-LA');
    const delivery = await testBot.fake.command('mercury ghana', 'U0ESBROKE');
    const apology = await testBot.fake.nextPost(delivery.responseUrl);
    expect(apology.text).toBe(
      'Lo sentimos, algo falló de nuestro lado al responder. Vuelva a intentarlo en un momento.',
    );
  });

  test('in a button press gets the same apology', async () => {
    const delivery = await testBot.fake.click({
      actionId: 'assay_next',
      value: 'gold page:2',
      label: 'Next',
    });
    expect(delivery.status).toBe(200);
    expect((await testBot.fake.nextPost(delivery.responseUrl)).text).toBe(APOLOGY);
  });
});

describe('startup', () => {
  const config = (fake: FakeSlack, overrides: Partial<SlackConfig> = {}): SlackConfig => ({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    command: '/assay',
    port: 0,
    ...overrides,
  });
  const quiet = createSlackLogger([], () => undefined);

  test('a bot token Slack refuses gives one readable error naming SLACK_BOT_TOKEN', async () => {
    const badToken = 'xoxb-9999-revoked-token-value';
    const failure = startSlack(assay, config(testBot.fake, { botToken: badToken }), {
      logger: quiet,
    });
    await expect(failure).rejects.toThrow(/^Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
    await failure.catch((error: Error) => expect(error.message).not.toContain(badToken));
  });

  test('an app token Slack refuses names SLACK_APP_TOKEN', async () => {
    const badToken = 'xapp-1-A0FAKEAPP-revoked';
    const failure = startSlack(assay, config(testBot.fake, { appToken: badToken }), {
      logger: quiet,
    });
    await expect(failure).rejects.toThrow(/^Slack refused SLACK_APP_TOKEN \(invalid_auth\)/);
    expect(APP_TOKEN).not.toBe(badToken);
  });

  test('a port already in use names PORT', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const failure = startSlack(assay, config(testBot.fake, { port }), {
        logger: quiet,
        host: '127.0.0.1',
      });
      await expect(failure).rejects.toThrow(/port is already in use\. Choose another PORT/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe('the logger', () => {
  test('redacts the configured secrets and anything shaped like a Slack token', () => {
    const line = redact(`secret ${SIGNING_SECRET} bot xoxb-123-abc app xapp-1-A-2-b`, [
      SIGNING_SECRET,
    ]);
    expect(line).toBe('secret [redacted] bot [redacted] app [redacted]');
  });
});
