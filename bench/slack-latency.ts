import { pathToFileURL } from 'node:url';
import { createSlackLogger } from '../adapters/slack/slack-logger.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { openAssay } from '../src/index.js';
import { FakeSlack, type Json } from '../tests/fakes/fake-slack.js';

// Time from a signed `/assay mercury ghana` leaving "Slack" to its reply arriving back, through
// the real bolt app and the real core, against the local fake Slack (loopback, so this is
// the bot's own cost, not the internet's). HTTP mode by default; Socket Mode on request.

const BOT_TOKEN = 'xoxb-bench-0000-benchtoken';
const APP_TOKEN = 'xapp-1-A0BENCH-0000-benchtoken';
const SIGNING_SECRET = 'bench-signing-secret-0000';
const WARM_UP = 5;

export interface Latency {
  median: number;
  p95: number;
}

export async function measureSlackLatency(
  n: number,
  mode: 'http' | 'socket' = 'http',
  text = 'mercury ghana',
): Promise<Latency> {
  const assay = openAssay();
  const fake = await FakeSlack.start({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    appToken: APP_TOKEN,
  });
  const bot = await startSlack(
    assay,
    {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      appToken: mode === 'socket' ? APP_TOKEN : undefined,
      apiUrl: fake.apiUrl,
      command: '/assay',
      port: 0,
    },
    { logger: createSlackLogger([], () => undefined), host: '127.0.0.1' },
  );
  try {
    if (mode === 'socket') await fake.socketReady();
    else fake.botUrl = `http://127.0.0.1:${bot.port}/slack/events`;
    const ask = async (): Promise<Json> => {
      const sent = mode === 'socket' ? await fake.socketCommand(text) : await fake.command(text);
      return sent.ack ?? fake.nextPost(sent.responseUrl);
    };
    for (let i = 0; i < WARM_UP; i += 1) await ask();
    const times: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const started = performance.now();
      await ask();
      times.push(performance.now() - started);
    }
    return summarise(times);
  } finally {
    await bot.stop();
    await fake.stop();
  }
}

function summarise(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 100);
  for (const mode of ['http', 'socket'] as const) {
    const { median, p95 } = await measureSlackLatency(n, mode);
    console.log(
      `Slack ${mode}: /assay mercury ghana, ${n} requests: median ${median} ms, p95 ${p95} ms`,
    );
  }
}
