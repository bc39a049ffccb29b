import { setTimeout as sleep } from 'node:timers/promises';
import { createSlackLogger } from '../adapters/slack/slack-logger.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { openAssay } from '../src/index.js';
import { FakeSlack } from '../tests/fakes/fake-slack.js';
import { num, type Row } from './bench-table.js';
import { spread } from './measure.js';

// Socket Mode's gap at Slack's routine `disconnect` (refresh_requested): from the message
// leaving the fake Slack to the first command answered over the new connection. Commands
// sent inside the gap have no connection to arrive on. Each refresh is bounded in time.

const TOKENS = {
  botToken: 'xoxb-bench-0000-refreshtoken',
  signingSecret: 'bench-refresh-secret-0000',
  appToken: 'xapp-1-A0BENCH-0000-refreshtoken',
};
const GIVE_UP_MS = 30_000;
/** Lets the old connection finish closing before the next refresh. */
const SETTLE_MS = 200;

async function within<T>(work: Promise<T>, what: string): Promise<T> {
  const timer = sleep(GIVE_UP_MS, undefined, { ref: false }).then(() => {
    throw new Error(`${what}: nothing in ${GIVE_UP_MS / 1000} s`);
  });
  return Promise.race([work, timer]);
}

export async function measureSocketRefresh(times: number): Promise<Row> {
  const fake = await FakeSlack.start(TOKENS);
  const bot = await startSlack(
    openAssay(),
    { ...TOKENS, apiUrl: fake.apiUrl, command: '/assay', port: 0 },
    { logger: createSlackLogger([], () => undefined) },
  );
  const gaps: number[] = [];
  try {
    await within(fake.socketReady(), 'first connection');
    for (let i = 0; i < times; i += 1) {
      const started = performance.now();
      await within(fake.refresh(), 'reconnect after refresh_requested');
      const sent = await within(fake.socketCommand('gold'), 'command after the reconnect');
      if (!sent.ack) await within(fake.nextPost(sent.responseUrl), 'reply after the reconnect');
      gaps.push(performance.now() - started);
      await sleep(SETTLE_MS);
    }
  } finally {
    await bot.stop();
    await fake.stop();
  }
  const { median, max } = spread(gaps);
  return {
    measure: `Slack Socket Mode: refresh_requested → next command answered ms, median / max (${times} refreshes)`,
    records: 'shipped',
    assay: `${num(median)} / ${num(max)}`,
  };
}
