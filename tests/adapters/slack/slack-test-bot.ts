import { LogLevel } from '@slack/bolt';
import { createSlackLogger } from '../../../adapters/slack/slack-logger.js';
import {
  type RunningSlack,
  type StartSlackOptions,
  startSlack,
} from '../../../adapters/slack/start-slack.js';
import type { Assay, Locale, SlackConfig } from '../../../src/index.js';
import { FakeSlack, type Json } from '../../fakes/fake-slack.js';

// Starts the real adapter (real bolt, real core) against a fresh fake Slack, with a logger
// that keeps its lines so tests can read them.

export const BOT_TOKEN = 'xoxb-1111-2222-fakebottokenvalue';
export const APP_TOKEN = 'xapp-1-A0FAKEAPP-3333-fakeapptokenvalue';
export const SIGNING_SECRET = 'fake-signing-secret-8f3a9c';

export interface TestBot {
  fake: FakeSlack;
  bot: RunningSlack;
  logs: string[];
  stop(): Promise<void>;
}

export interface TestBotOptions {
  socketMode?: boolean;
  ackBudgetMs?: number;
  /** Share an existing fake (several bots against one Slack). */
  fake?: FakeSlack;
  /** Shorter timeouts and budgets for the fault tests. */
  outbound?: StartSlackOptions['outbound'];
  /** ASSAY_FACILITATORS: Slack user ids who may run meeting, digest and gaps. */
  facilitators?: string[];
  /** ASSAY_LOCALE: the workspace's language when a user's own cannot be read. */
  defaultLocale?: Locale;
}

export async function startTestBot(assay: Assay, options: TestBotOptions = {}): Promise<TestBot> {
  const fake =
    options.fake ??
    (await FakeSlack.start({
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      appToken: APP_TOKEN,
    }));
  const config: SlackConfig = {
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    appToken: options.socketMode ? APP_TOKEN : undefined,
    apiUrl: fake.apiUrl,
    command: '/assay',
    port: 0,
    facilitators: options.facilitators,
    defaultLocale: options.defaultLocale,
  };
  const logs: string[] = [];
  const logger = createSlackLogger(
    [BOT_TOKEN, SIGNING_SECRET, APP_TOKEN],
    (_level, line) => logs.push(line),
    LogLevel.DEBUG,
  );
  const bot = await startSlack(assay, config, {
    logger,
    host: '127.0.0.1',
    ackBudgetMs: options.ackBudgetMs,
    outbound: options.outbound,
  });
  if (bot.port !== undefined) fake.botUrl = `http://127.0.0.1:${bot.port}/slack/events`;
  return {
    fake,
    bot,
    logs,
    async stop() {
      await bot.stop();
      if (!options.fake) await fake.stop();
    },
  };
}

/** The reply to a delivery: in the ack when the core was fast, else the response_url post. */
export async function replyTo(
  fake: FakeSlack,
  delivery: { ack?: Json; responseUrl: string },
): Promise<Json> {
  return delivery.ack ?? fake.nextPost(delivery.responseUrl);
}

type Block = { type: string; elements?: Json[]; text?: Json; fields?: Json[] };

export const blocksOf = (message: Json): Block[] => (message.blocks ?? []) as Block[];

/** Every button in a message, by action_id. */
export function buttonsOf(message: Json): Map<string, { label: string; value: string }> {
  const buttons = new Map<string, { label: string; value: string }>();
  for (const block of blocksOf(message)) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements ?? []) {
      const label = String((element.text as Json).text);
      buttons.set(String(element.action_id), { label, value: String(element.value) });
    }
  }
  return buttons;
}

/** Sections' mrkdwn text, in order. */
export const sectionTexts = (message: Json): string[] =>
  blocksOf(message)
    .filter((block) => block.type === 'section' && block.text)
    .map((block) => String((block.text as Json).text));

export const contextTexts = (message: Json): string[] =>
  blocksOf(message)
    .filter((block) => block.type === 'context')
    .flatMap((block) => (block.elements ?? []).map((element) => String(element.text)));
