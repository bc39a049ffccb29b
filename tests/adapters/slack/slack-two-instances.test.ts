import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAssay, openStore, type Store } from '../../../src/index.js';
import { FakeSlack } from '../../fakes/fake-slack.js';
import { FAKE_USER_ID } from '../../fakes/fake-slack-payloads.js';
import { freshSchema } from '../../store/store-places.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  buttonsOf,
  replyTo,
  SIGNING_SECRET,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// Two bot instances (real bolt, HTTP mode) on one Postgres, as behind a load balancer: a
// request replayed to the other instance is refused, and a share on one is in the other's digest.

const FACILITATOR = 'U0FACIL01';
let fake: FakeSlack;
let place: { url: string; drop(): Promise<void> };
const stores: Store[] = [];
const bots: TestBot[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    appToken: APP_TOKEN,
  });
  place = await freshSchema('two');
  for (let i = 0; i < 2; i++) {
    const store = await openStore({ dataDir: '', databaseUrl: place.url });
    stores.push(store);
    bots.push(
      await startTestBot(openAssay(FIXTURE_CORPUS, { store }), {
        fake,
        facilitators: [FACILITATOR],
      }),
    );
  }
});
afterAll(async () => {
  for (const bot of bots) await bot.stop();
  for (const store of stores) await store.close();
  await fake?.stop();
  await place?.drop();
});

/** Points the fake Slack at one instance, as the load balancer would. */
const via = (index: number) => {
  const bot = bots[index];
  if (!bot?.bot.port) throw new Error('no HTTP instance');
  fake.botUrl = `http://127.0.0.1:${bot.bot.port}/slack/events`;
};

describe('two instances on one Postgres', () => {
  test('a signed request answered by the first is refused by the second', async () => {
    via(0);
    const first = await fake.command('search cobalt');
    expect(first.status).toBe(200);
    via(1);
    const replay = await fake.deliver(first);
    expect(replay.status).toBe(401);
  });

  test("a share on the first is in the second's digest", async () => {
    via(0);
    await replyTo(fake, await fake.command('meeting start title:"Two rooms"', FACILITATOR));
    const asked = await replyTo(fake, await fake.command('search cobalt', FAKE_USER_ID));
    const share = buttonsOf(asked).get('assay_share');
    if (!share) throw new Error('no Share button');
    const clicked = await fake.click({ actionId: 'assay_share', ...share, userId: FAKE_USER_ID });
    await fake.nextPost(clicked.responseUrl);
    via(1);
    const digest = JSON.stringify(await replyTo(fake, await fake.command('digest', FACILITATOR)));
    expect(digest).toContain('Reading list: Two rooms');
    expect(digest).toContain('shared by facilitator');
  });
});
