import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscord } from '../adapters/discord/start-discord.js';
import { createSlackLogger } from '../adapters/slack/slack-logger.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { type Assay, openAssay, openStore, type Store } from '../src/index.js';
import { startFakeDiscord } from '../tests/fakes/fake-discord.js';
import { FACILITATOR_PERMISSIONS } from '../tests/fakes/fake-discord-payloads.js';
import { FakeSlack, type Json } from '../tests/fakes/fake-slack.js';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../tests/fakes/fake-slack-payloads.js';
import { type Spread, spread } from './measure.js';

// A Share pressed on the fake platform, through the real adapter and core, to its public
// message: the share-log write (SQLite in a fresh temp folder, a meeting running) sits in
// between. Each run checks afterwards that the log holds one row per press.

const WARM_UP = 5;
const SHARED = 'search mercury ghana';

export interface ShareLatency extends Spread {
  /** Presses whose answer was deferred (timed to the edit, when the channel sees it). */
  deferred: number;
}

/** A store and the core on it, in a temp folder removed by `close`. */
async function storeAndAssay(): Promise<{ store: Store; assay: Assay; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-share-'));
  const store = await openStore({ dataDir: dir });
  return {
    store,
    assay: openAssay(undefined, { store }),
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The log must hold every press: a round trip that skipped the write would be faster. */
async function expectShares(
  store: Store,
  channelId: string,
  platform: 'discord' | 'slack',
  count: number,
) {
  const meeting = await store.latestMeeting({ platform, channelId }, new Date());
  const logged = meeting ? (await store.sharesOf(meeting.id)).length : 0;
  if (logged !== count) throw new Error(`${platform}: ${count} Shares pressed, ${logged} logged`);
}

export async function measureDiscordShare(n: number): Promise<ShareLatency> {
  const { store, assay, close } = await storeAndAssay();
  const fake = await startFakeDiscord({ heartbeatInterval: 41_250 });
  const config = { token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl };
  const bot = await startDiscord(assay, config, { log: () => undefined, info: () => undefined });
  try {
    const facilitator = { command: 'facilitate', permissions: FACILITATOR_PERMISSIONS };
    await fake.interactions.dispatchCommandAs(facilitator, 'meeting', { action: 'start' });
    const asked = await fake.command('search', { query: SHARED.replace(/^search /, '') });
    const buttons = (asked.body.components ?? []).flatMap((row) => row.components);
    const share = buttons.find((button) => button.label === 'Share')?.custom_id;
    if (!asked.message || !share) throw new Error('Discord: no Share button to press');
    const times: number[] = [];
    let deferred = 0;
    for (let i = 0; i < WARM_UP + n; i += 1) {
      const pressed = await fake.click(asked.message, share);
      const seen = performance.now();
      if (!String(pressed.body.content ?? '').startsWith('shared by'))
        throw new Error(`Discord: the Share did not post: ${JSON.stringify(pressed.body)}`);
      if (i < WARM_UP) continue;
      if (pressed.callbackType === 5) deferred += 1;
      const { dispatchedAt, answeredAt } = pressed.timing;
      times.push((pressed.callbackType === 4 ? answeredAt : seen) - dispatchedAt);
    }
    await expectShares(store, fake.channelId, 'discord', WARM_UP + n);
    return { ...spread(times), deferred };
  } finally {
    await bot.stop();
    await fake.stop();
    await close();
  }
}

const SLACK = {
  botToken: 'xoxb-bench-0000-benchtoken',
  signingSecret: 'bench-signing-secret-0000',
  appToken: 'xapp-1-A0BENCH-0000-benchtoken',
};

export async function measureSlackShare(n: number): Promise<ShareLatency> {
  const { store, assay, close } = await storeAndAssay();
  const fake = await FakeSlack.start(SLACK);
  const settings = { ...SLACK, appToken: undefined, apiUrl: fake.apiUrl, command: '/assay' };
  const bot = await startSlack(
    assay,
    { ...settings, port: 0, facilitators: [FAKE_USER_ID] },
    { logger: createSlackLogger([], () => undefined), host: '127.0.0.1' },
  );
  fake.botUrl = `http://127.0.0.1:${bot.port}/slack/events`;
  const reply = async (sent: { ack?: Json; responseUrl: string }) =>
    sent.ack ?? fake.nextPost(sent.responseUrl);
  try {
    await reply(await fake.command('meeting start'));
    const asked = await reply(await fake.command(SHARED));
    const actions = ((asked.blocks ?? []) as Json[]).flatMap(
      (block) => (block.elements ?? []) as Json[],
    );
    const share = actions.find((element) => element.action_id === 'assay_share');
    if (!share) throw new Error('Slack: no Share button to press');
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + n; i += 1) {
      const started = performance.now();
      const pressed = await fake.click({
        actionId: 'assay_share',
        label: 'Share',
        value: String(share.value),
      });
      const posted = await fake.nextPost(pressed.responseUrl);
      const took = performance.now() - started;
      if (posted.response_type !== 'in_channel')
        throw new Error(`Slack: the Share did not post: ${JSON.stringify(posted)}`);
      if (i >= WARM_UP) times.push(took);
    }
    await expectShares(store, FAKE_CHANNEL_ID, 'slack', WARM_UP + n);
    return { ...spread(times), deferred: 0 };
  } finally {
    await bot.stop();
    await fake.stop();
    await close();
  }
}
