import { pathToFileURL } from 'node:url';
import { startDiscord } from '../adapters/discord/start-discord.js';
import { openAssay } from '../src/index.js';
import { startFakeDiscord } from '../tests/fakes/fake-discord.js';
import { spread } from './measure.js';

// Time from the fake Discord sending INTERACTION_CREATE for `/assay search
// query:mercury ghana` to the bot's interaction callback arriving back, through
// real discord.js and the real core over loopback: the bot's own cost.

const WARM_UP = 5;

export interface Latency {
  median: number;
  p95: number;
  /** How many of the measured interactions were deferred (their time runs to the edit). */
  deferred?: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function measureDiscordLatency(
  n: number,
  subcommand = 'search',
  options: Record<string, string> = { query: 'mercury ghana' },
): Promise<Latency> {
  const fake = await startFakeDiscord({ heartbeatInterval: 41_250 });
  const config = { token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl };
  const bot = await startDiscord(openAssay(), config, {
    log: () => undefined,
    info: () => undefined,
  });
  try {
    for (let i = 0; i < WARM_UP; i += 1) await fake.command(subcommand, options);
    const times: number[] = [];
    let deferred = 0;
    for (let i = 0; i < n; i += 1) {
      const { timing, callbackType } = await fake.command(subcommand, options);
      const seen = performance.now();
      if (callbackType !== 4 && callbackType !== 5)
        throw new Error(`expected a reply, got callback type ${callbackType}`);
      // A deferred reply is measured until its edit, when the user sees the answer.
      if (callbackType === 5) deferred += 1;
      times.push((callbackType === 4 ? timing.answeredAt : seen) - timing.dispatchedAt);
    }
    const { median, p95 } = spread(times);
    return { median: round(median), p95: round(p95), deferred };
  } finally {
    await bot.stop();
    await fake.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 100);
  const { median, p95 } = await measureDiscordLatency(n);
  console.log(
    `Discord: /assay search query:mercury ghana, ${n} interactions: median ${median} ms, p95 ${p95} ms`,
  );
}
