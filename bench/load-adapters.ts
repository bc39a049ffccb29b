import { startDiscord } from '../adapters/discord/start-discord.js';
import { createSlackLogger } from '../adapters/slack/slack-logger.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { openAssay } from '../src/index.js';
import { startFakeDiscord } from '../tests/fakes/fake-discord.js';
import { FakeSlack } from '../tests/fakes/fake-slack.js';
import type { Row } from './bench-table.js';
import { bursts, pool, twoRounds } from './load-rounds.js';

// Load through the real adapters against the local fakes (one process, loopback only):
// N signed slash commands at concurrency 50 (Slack HTTP mode), and N Discord interactions in
// bursts of 50, two rounds each after a warm-up. A report, not a test.

const CONCURRENCY = 50;
const BURST = 50;
const COMMANDS = ['mercury ghana', 'gold', 'stats by:mineral', 'cobalt', 'help'];
const SEARCHES = ['mercury ghana', 'gold', 'cobalt', 'child labour', 'mercury'];
const SLACK = { botToken: 'xoxb-bench-0000-loadtoken', signingSecret: 'bench-load-secret-0000' };

const pick = (list: string[], i: number) => list[i % list.length] ?? 'gold';
const warmUpSize = (n: number) => Math.max(BURST, Math.round(n / 4));

export async function loadSlack(n: number): Promise<Row[]> {
  const fake = await FakeSlack.start(SLACK);
  const bot = await startSlack(
    openAssay(),
    { ...SLACK, apiUrl: fake.apiUrl, command: '/assay', port: 0 },
    { logger: createSlackLogger([], () => undefined), host: '127.0.0.1' },
  );
  fake.botUrl = `http://127.0.0.1:${bot.port}/slack/events`;
  // From the signed request leaving "Slack" to the reply: in the ack or on the response_url.
  const ask = async (i: number) => {
    const started = performance.now();
    const sent = await fake.command(pick(COMMANDS, i));
    if (sent.status !== 200) throw new Error(`HTTP ${sent.status}`);
    if (!sent.ack) await fake.nextPost(sent.responseUrl);
    return performance.now() - started;
  };
  try {
    const label = `load: Slack HTTP, ${n.toLocaleString('en')} signed slash commands at concurrency ${CONCURRENCY}`;
    const run = (count: number) => () => pool(count, CONCURRENCY, ask);
    return await twoRounds(label, run(warmUpSize(n)), run(n), () => fake.reset());
  } finally {
    await bot.stop();
    await fake.stop();
  }
}

export async function loadDiscord(n: number): Promise<Row[]> {
  const fake = await startFakeDiscord({ heartbeatInterval: 41_250 });
  const config = { token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl };
  const bot = await startDiscord(openAssay(), config, {
    log: () => undefined,
    info: () => undefined,
  });
  // From INTERACTION_CREATE to the final answer (a deferred one counts until its edit).
  const ask = async (i: number) => {
    const started = performance.now();
    const result = await fake.command('search', { query: pick(SEARCHES, i) });
    if (result.callbackType !== 4 && result.callbackType !== 5) throw new Error('no answer');
    return performance.now() - started;
  };
  try {
    const label = `load: Discord, ${n.toLocaleString('en')} interactions in bursts of ${BURST}`;
    const run = (count: number) => () => bursts(count, BURST, ask);
    return await twoRounds(label, run(warmUpSize(n)), run(n), () => fake.reset());
  } finally {
    await bot.stop();
    await fake.stop();
  }
}
