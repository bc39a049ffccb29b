import { request } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakes/fake-discord.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { formBody, signSlackBody, slashCommandFields } from '../fakes/fake-slack-payloads.js';
import { FIXTURE_CORPUS } from '../support/assays.js';
import { RunningBin } from '../support/spawn-bin.js';
import { embedOf } from './discord/discord-harness.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './slack/slack-test-bot.js';

// The built bin as a deployment runs it, against the local fakes: a token revoked while
// running, SIGTERM with work in flight, and a shutdown with the network gone.

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function fakeSlack(): Promise<FakeSlack> {
  const fake = await FakeSlack.start({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    appToken: APP_TOKEN,
  });
  cleanup.push(() => fake.stop());
  return fake;
}

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await startFakeDiscord();
  cleanup.push(() => fake.stop());
  return fake;
}

function startBin(env: Record<string, string>): RunningBin {
  const bin = new RunningBin({ ASSAY_CORPUS: FIXTURE_CORPUS, ...env }, FIXTURE_CORPUS);
  cleanup.push(() => bin.kill());
  return bin;
}

const slackEnv = (fake: FakeSlack, socket: boolean) => ({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: fake.apiUrl,
  ...(socket ? { SLACK_APP_TOKEN: APP_TOKEN } : { PORT: '0', HOST: '127.0.0.1' }),
});

const discordEnv = (fake: FakeDiscord) => ({
  DISCORD_TOKEN: fake.token,
  DISCORD_APP_ID: fake.appId,
  DISCORD_API_URL: fake.apiUrl,
});

/** HTTP mode: points the fake at the port the bin printed. */
async function listening(bin: RunningBin, fake: FakeSlack): Promise<number> {
  const [, port] = await bin.waitFor(/listening for \/assay on 127\.0\.0\.1, port (\d+)/);
  fake.botUrl = `http://127.0.0.1:${port}/slack/events`;
  return Number(port);
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('start-up', () => {
  // The bot loads every language and the chart renderer as it starts (a one-shot terminal
  // command loads them only on need): its first replies come whole, in the reader's language.
  test('the first replies, in French and in Spanish, come in those languages', async () => {
    const discord = await fakeDiscord();
    const bin = startBin(discordEnv(discord));
    await bin.waitFor(/Discord: connected as Assay/);
    const french = await discord.commandIn({ locale: 'fr' }, 'search', { query: 'or ghana' });
    expect(french.callbackType).toBe(4);
    expect(embedOf(french).title).toMatch(/^\d+ résultats? pour « or ghana »/);
    const spanish = await discord.commandIn({ locale: 'es-ES' }, 'stats', { by: 'mineral' });
    expect(embedOf(spanish).title).toMatch(/^\d+ intervenciones por mineral$/);
    bin.signal('SIGTERM');
    expect(await bin.exitWithin(10_000)).toBe(0);
  });
});

describe('a token revoked while running', () => {
  test('Discord gateway close 4004: one line naming DISCORD_TOKEN, exit 1', async () => {
    const discord = await fakeDiscord();
    const bin = startBin(discordEnv(discord));
    await bin.waitFor(/Discord: connected as Assay/);
    discord.gateway.closeLive(4004, 'Authentication failed');
    expect(await bin.exitWithin(10_000)).toBe(1);
    expect(bin.stderr).toContain(
      'Assay: Discord stopped: Discord refused DISCORD_TOKEN (gateway close 4004: authentication failed). Check DISCORD_TOKEN in .env.',
    );
    noStack(bin.output);
    expect(bin.output).not.toContain(discord.token);
  });

  test('Slack app token refused on a Socket Mode reconnect: Discord keeps answering, the log says so', async () => {
    const [slack, discord] = [await fakeSlack(), await fakeDiscord()];
    const bin = startBin({ ...slackEnv(slack, true), ...discordEnv(discord) });
    await bin.waitFor(/connected in Socket Mode/);
    await bin.waitFor(/Discord: connected as Assay/);
    slack.revokeAppTokenAndRefresh();
    // Two lines, which may reach this process in two chunks: wait for the second.
    await bin.waitFor(/Assay: Slack stopped: .*\n.*keeps answering\.\n/);
    expect(bin.stderr).toContain(
      'Assay: Slack stopped: Slack refused SLACK_APP_TOKEN (invalid_auth). Check SLACK_APP_TOKEN in .env.\nAssay: Discord keeps answering.',
    );
    const answer = await discord.command('search', { query: 'mercury' });
    expect(answer.callbackType).toBe(4);
    noStack(bin.output);
    expect(bin.output).not.toContain(APP_TOKEN);
    bin.signal('SIGTERM');
    expect(await bin.exitWithin(10_000)).toBe(0);
  });
});

describe('SIGTERM with work in flight (HTTP mode)', () => {
  test('a reply still being posted to response_url is delivered before exit 0', async () => {
    const slack = await fakeSlack();
    const bin = startBin(slackEnv(slack, false));
    await listening(bin, slack);
    slack.faults.add('response', { status: 'delay', ms: 1500 });
    const click = slack.click({ actionId: 'assay_next', value: 'gold page:2', label: 'Next' });
    const { responseUrl } = await click;
    while (!slack.attempts.some((attempt) => attempt.route === 'response')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    bin.signal('SIGTERM');
    expect(await bin.exitWithin(10_000)).toBe(0);
    expect(bin.stderr).toContain(
      'Assay: stopping (SIGTERM): finishing 1 Slack request; deadline 8 s.',
    );
    expect(bin.stderr).toContain('Assay: stopped cleanly.');
    const page = await slack.nextPost(responseUrl);
    expect(page.replace_original).toBe(true);
  });

  test('a request still arriving when SIGTERM comes is answered', async () => {
    const slack = await fakeSlack();
    const bin = startBin(slackEnv(slack, false));
    const port = await listening(bin, slack);
    const body = formBody(
      slashCommandFields({ command: '/assay', text: 'gold', responseUrl: slack.newResponseUrl() }),
    );
    const timestamp = Math.floor(Date.now() / 1000);
    const sent = request({
      host: '127.0.0.1',
      port,
      path: '/slack/events',
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': Buffer.byteLength(body),
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signSlackBody(SIGNING_SECRET, timestamp, body),
      },
    });
    const answered = new Promise<number>((resolve, reject) => {
      sent.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      sent.on('error', reject);
    });
    sent.write(body.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    bin.signal('SIGTERM');
    await bin.waitFor(/Assay: stopping \(SIGTERM\)/);
    sent.end(body.slice(20));
    expect(await answered).toBe(200);
    expect(await bin.exitWithin(10_000)).toBe(0);
  });
});

describe('SIGINT with the network gone', () => {
  test('exits within the deadline instead of hanging, saying what was abandoned', async () => {
    const discord = await fakeDiscord();
    const bin = startBin(discordEnv(discord));
    await bin.waitFor(/Discord: connected as Assay/);
    discord.gateway.freeze();
    bin.signal('SIGINT');
    const code = await bin.exitWithin(12_000);
    expect(code).not.toBe('still running');
    expect(bin.stderr).toContain('Assay: stopping (SIGINT)');
    if (code === 1) expect(bin.stderr).toMatch(/the 8 s deadline passed; abandoned Discord/);
    else expect(code).toBe(0);
  });
});
