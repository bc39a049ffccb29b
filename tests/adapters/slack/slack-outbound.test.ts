import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type Assay, openAssay, translatorFor } from '../../../src/index.js';
import type { Json } from '../../fakes/fake-slack.js';
import { FAKE_CHANNEL_ID } from '../../fakes/fake-slack-payloads.js';
import { buttonsOf, startTestBot, type TestBot } from './slack-test-bot.js';

const APOLOGY = translatorFor('en')('platform:apology');

// Slack misbehaving on the way back: response_url answering 429 with Retry-After, 500, or
// never answering. The reply is retried inside the person's patience; when it cannot get
// through, they get a private apology by a route that still works, and the log gets one line.

const GIVE_UP_MS = 8000;

let assay: Assay;
let testBot: TestBot;

beforeAll(async () => {
  assay = openAssay();
  // Short budgets so a hanging response_url fails in a fraction of a second here.
  const outbound = {
    reply: { attemptMs: 400, totalMs: 2500 },
    apology: { attemptMs: 400, totalMs: 2500 },
    webApi: { attemptMs: 400, totalMs: 2500 },
  };
  testBot = await startTestBot(assay, { ackBudgetMs: 0, outbound });
});
afterAll(async () => testBot?.stop());
afterEach(() => testBot.fake.faults.clear());

/** The first message the fake received that matches, once it has arrived. */
async function arrival(match: (message: Json) => boolean): Promise<Json> {
  const started = Date.now();
  for (;;) {
    const found = testBot.fake.messages.find(match);
    if (found) return found;
    if (Date.now() - started > GIVE_UP_MS) throw new Error('no such message arrived');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const apologyTo = (user: string) => (message: Json) =>
  message.text === APOLOGY && message.user === user && message.channel === FAKE_CHANNEL_ID;

async function shareButton(query: string) {
  const delivery = await testBot.fake.command(query);
  const first = await testBot.fake.nextPost(delivery.responseUrl);
  const share = buttonsOf(first).get('assay_share');
  if (!share) throw new Error('no Share button');
  return share;
}

/** Requests to `route` since the fake had seen `since` requests in all. */
const routeAttempts = (route: string, since: number) =>
  testBot.fake.attempts.slice(since).filter((attempt) => attempt.route === route);

const errorLines = (since: number) => testBot.logs.slice(since).filter((l) => /error:/.test(l));

describe('a response_url that answers 429 with Retry-After', () => {
  test('is retried after the wait it asks for, and Share arrives with no apology', async () => {
    // A reply without a chart, so Share goes through the response_url.
    const share = await shareButton('mercury ghana');
    testBot.fake.faults.add('response', { status: 429, retryAfterSeconds: 1 });
    const since = testBot.fake.attempts.length;
    const click = await testBot.fake.click({ actionId: 'assay_share', ...share });
    const shared = await testBot.fake.nextPost(click.responseUrl);
    expect(shared.response_type).toBe('in_channel');
    const [first, second] = routeAttempts('response', since);
    expect(second && first && second.at - first.at).toBeGreaterThanOrEqual(990);
    expect(testBot.fake.messages.filter((m) => m.text === APOLOGY)).toEqual([]);
  });

  test('too long to wait for: the apology goes privately by chat.postEphemeral, logged in one line', async () => {
    const share = await shareButton('gold');
    const user = 'U0RATELIM1';
    const logsBefore = testBot.logs.length;
    // Every post to the response_url is refused for a minute; the Web API still works after
    // its own short 429.
    testBot.fake.faults.add('response', { status: 429, retryAfterSeconds: 60 }, 5);
    testBot.fake.faults.add('chat.postEphemeral', { status: 429, retryAfterSeconds: 1 });
    const since = testBot.fake.attempts.length;
    await testBot.fake.click({ actionId: 'assay_share', ...share, userId: user });
    const apology = await arrival(apologyTo(user));
    expect(apology.text).toBe(APOLOGY);
    expect(routeAttempts('response', since)).toHaveLength(1);
    expect(routeAttempts('chat.postEphemeral', since)).toHaveLength(2);
    const errors = errorLines(logsBefore);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/answered 429, Retry-After 60 s/);
    expect(errors[0]).not.toMatch(/\n\s+at /);
  });
});

describe('a response_url that never answers', () => {
  test('times out; Next apologises by chat.postEphemeral and says why in the log', async () => {
    const user = 'U0HANGING1';
    const logsBefore = testBot.logs.length;
    testBot.fake.faults.add('response', { status: 'hang' }, 5);
    await testBot.fake.click({
      actionId: 'assay_next',
      value: 'gold page:2',
      label: 'Next',
      userId: user,
    });
    await arrival(apologyTo(user));
    const errors = errorLines(logsBefore);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/no answer within 400 ms/);
  });
});

describe('a response_url that answers 500 once', () => {
  test('is retried and the slow answer arrives', async () => {
    testBot.fake.faults.add('response', { status: 500 });
    const delivery = await testBot.fake.command('mercury ghana', 'U0FIVEHUN1');
    const answer = await testBot.fake.nextPost(delivery.responseUrl);
    expect(String(answer.text ?? JSON.stringify(answer.blocks))).toMatch(/mercury ghana/);
    expect(testBot.fake.messages.filter(apologyTo('U0FIVEHUN1'))).toEqual([]);
  });
});
