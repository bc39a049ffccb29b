import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DigestReply, openAssay, openStore, type Store } from '../../../src/index.js';
import type { Json } from '../../fakes/fake-slack.js';
import { blockKitViolations, mrkdwnTexts } from '../../fakes/fake-slack-limits.js';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../../fakes/fake-slack-payloads.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import {
  blocksOf,
  buttonsOf,
  contextTexts,
  replyTo,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// One result at a time on the real bolt: an overflow menu beside each result of a search,
// brief or lessons reply shares that record's card to the channel ("Share this", logged for
// the digest) or opens it privately ("Details"); `for:@name` addresses a share to one person,
// whose mention is the only live one.

let testBot: TestBot;
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'assay-slack-findings-'));
const EFUA = 'U0EFUA001';

beforeAll(async () => {
  store = await openStore({ dataDir: dir });
  testBot = await startTestBot(openAssay(FIXTURE_CORPUS, { store }), {
    facilitators: [FAKE_USER_ID],
  });
});
afterAll(async () => {
  await testBot?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(text: string) {
  const delivery = await testBot.fake.command(text);
  expect(delivery.status).toBe(200);
  return replyTo(testBot.fake, delivery);
}

interface Menu {
  blockId: string;
  actionId: string;
  options: { label: string; value: string }[];
}

/** The overflow menus beside the results, in order. */
function menusOf(message: Json): Menu[] {
  return blocksOf(message).flatMap((block) => {
    const accessory = (block as Json).accessory as Json | undefined;
    if (accessory?.type !== 'overflow') return [];
    const options = (accessory.options as Json[]).map((option) => ({
      label: String((option.text as Json).text),
      value: String(option.value),
    }));
    return [
      { blockId: String((block as Json).block_id), actionId: String(accessory.action_id), options },
    ];
  });
}

async function pick(menu: Menu, action: 'share' | 'details', userId?: string) {
  const option = menu.options.find((candidate) => candidate.value.startsWith(`${action} `));
  if (!option) throw new Error(`no ${action} option`);
  const delivery = await testBot.fake.click({
    actionId: menu.actionId,
    label: option.label,
    value: option.value,
    userId,
    overflow: { blockId: menu.blockId },
  });
  expect(delivery.status).toBe(200);
  return testBot.fake.nextPost(delivery.responseUrl);
}

async function press(message: Json, actionId: string) {
  const button = buttonsOf(message).get(actionId);
  if (!button) throw new Error(`no ${actionId} button`);
  const delivery = await testBot.fake.click({ actionId, ...button });
  return testBot.fake.nextPost(delivery.responseUrl);
}

describe('the menu beside each result', () => {
  test('offers Share this and Details for every result, within Block Kit limits', async () => {
    const message = await ask('search gold');
    const menus = menusOf(message);
    expect(menus).toHaveLength(5);
    for (const menu of menus) {
      expect(menu.options.map((option) => option.label)).toEqual(['Share this', 'Details']);
      expect(menu.options[0]?.value).toMatch(/^share [a-z0-9-]+$/);
    }
    expect(new Set(menus.map((menu) => menu.actionId)).size).toBe(5);
    expect(buttonsOf(message).has('assay_share')).toBe(true);
    expect(blockKitViolations(message)).toEqual([]);
  });

  test.each(['brief gold', 'lessons'])('comes with %s', async (text) => {
    const message = await ask(text);
    expect(menusOf(message).length).toBeGreaterThan(0);
    expect(blockKitViolations(message)).toEqual([]);
  });

  test('is not offered on a card, a count or a shared reply', async () => {
    expect(menusOf(await ask('show caring-gold'))).toEqual([]);
    expect(menusOf(await ask('stats by:mineral'))).toEqual([]);
    expect(menusOf(await press(await ask('search gold'), 'assay_share'))).toEqual([]);
  });
});

describe('Share this and Details', () => {
  test('Share this posts that card to the channel, attributed, and the digest lists it', async () => {
    await ask('meeting start');
    const [first] = menusOf(await ask('search mercury'));
    if (!first) throw new Error('no menu');
    const id = first.options[0]?.value.replace('share ', '') ?? '';
    const shared = await pick(first, 'share');
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(blocksOf(shared)[0]).toMatchObject({ type: 'header' });
    expect(contextTexts(shared).at(-1)).toMatch(
      new RegExp(
        `^shared by <@${FAKE_USER_ID}> · \`/assay search mercury\` · meeting: .* · data of `,
      ),
    );
    expect(menusOf(shared)).toEqual([]);
    expect(blockKitViolations(shared)).toEqual([]);
    // Another core on the same store reads the digest, as a facilitator in the same channel.
    const digest = (await openAssay(FIXTURE_CORPUS, { store }).answer('digest', {
      platform: 'slack',
      facilitator: true,
      channelId: FAKE_CHANNEL_ID,
    })) as DigestReply;
    expect(digest.entries.map((entry) => [entry.id, entry.topic])).toEqual([[id, 'mercury']]);
  });

  test('Details answers privately in a new message, leaving the list', async () => {
    const [first] = menusOf(await ask('search cobalt'));
    if (!first) throw new Error('no menu');
    const opened = await pick(first, 'details');
    const id = first.options[1]?.value.replace('details ', '');
    expect(opened.response_type).toBe('ephemeral');
    expect(opened.replace_original).toBe(false);
    expect(buttonsOf(opened).get('assay_share')?.value).toBe(`show ${id}`);
  });
});

describe('for:@name', () => {
  test('addresses Share and Share this to that one person, the only live mention', async () => {
    const message = await ask(`search mercury for:<@${EFUA}|efua>`);
    expect(buttonsOf(message).get('assay_share')?.value).toBe(`for:<@${EFUA}> search mercury`);
    const attribution = `shared by facilitator for <@${EFUA}> · \`/assay search mercury\``;
    const whole = await press(message, 'assay_share');
    expect(contextTexts(whole).at(-1)).toMatch(new RegExp(`^${escapeRegExp(attribution)}`));
    const [first] = menusOf(message);
    if (!first) throw new Error('no menu');
    const one = await pick(first, 'share');
    expect(contextTexts(one).at(-1)).toMatch(new RegExp(`^${escapeRegExp(attribution)}`));
    for (const shared of [whole, one]) expect(liveMentions(shared)).toEqual([`<@${EFUA}>`]);
  });

  test('keeps the addressee across pages', async () => {
    const first = await ask(`search gold for:<@${EFUA}|efua>`);
    const second = await press(first, 'assay_next');
    expect(buttonsOf(second).get('assay_share')?.value).toBe(`for:<@${EFUA}> search gold page:2`);
  });

  test.each([
    ['for:@everyone', 'search gold for:<!everyone>'],
    ['for:<!channel>', 'search gold for:<!channel>'],
    ['for:@here', 'search gold for:<!here|here>'],
    ['a user group', 'search gold for:<!subteam^S0TEAM01|@workshop>'],
    ['a name that is not a member', 'search gold for:@nobody'],
    ['a typed, escaped mention', 'search gold for:&lt;@U0EFUA001|efua&gt;'],
    ['two people', `search gold for:<@${EFUA}|efua> for:<@U0OTHER01|kofi>`],
  ])('refuses %s privately, with an example', async (_label, text) => {
    const message = await ask(text);
    expect(message.response_type).toBe('ephemeral');
    expect(String(message.text)).toContain('for:@ama');
    expect(liveMentions(message)).toEqual([]);
  });

  test("leaves other for: values to the core: a meeting's length", async () => {
    const started = await ask('meeting start for:45m');
    expect(contextTexts(started).join(' ')).not.toContain('for:@ama');
    expect(JSON.stringify(started)).toMatch(/until \d\d:\d\d UTC/);
    await ask('meeting end');
  });

  test('a mention typed inside the query stays dead in the shared message', async () => {
    const message = await ask(
      `mercury <@U0FAKE001|x> &lt;@U0FAKE002|y&gt; <!channel> for:<@${EFUA}|efua>`,
    );
    const shared = await press(message, 'assay_share');
    expect(liveMentions(shared)).toEqual([`<@${EFUA}>`]);
    expect(blockKitViolations(shared)).toEqual([]);
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Mentions Slack would make live in a message: `<@U…>`, `<!…>` in any mrkdwn text. */
function liveMentions(message: Json): string[] {
  return mrkdwnTexts(message).flatMap((text) => text.match(/<[@!][^>]*>/g) ?? []);
}
