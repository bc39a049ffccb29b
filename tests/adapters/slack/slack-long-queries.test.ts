import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Assay, openAssay } from '../../../src/index.js';
import { blockKitViolations } from '../../fakes/fake-slack-limits.js';
import { FAKE_USER_ID } from '../../fakes/fake-slack-payloads.js';
import { buttonsOf, contextTexts, replyTo, startTestBot, type TestBot } from './slack-test-bot.js';

// Slack buttons carry their query in the value (2000 characters), so a query far past
// Discord's 100-character custom_id needs no store: Share and Next work from the value on
// any instance. The core reads commands of up to 500 characters, so no query it answers can
// outgrow a value; what is longer gets the usage reply, with no button to carry it.

const LONG =
  'search mining children school mineral:gold,cobalt,mica,tin,tantalum,coltan,diamonds,copper,silver,sapphire,emeralds ' +
  'country:Ghana,Mali,Niger,Tanzania,Uganda,Kenya,Peru,Bolivia,Colombia,Ecuador,India,Madagascar,Philippines ' +
  'region:Africa,Asia,Europe,Oceania type:intervention,report,lesson year:1990-2030';

let assay: Assay;
let testBot: TestBot;

beforeAll(async () => {
  assay = openAssay();
  testBot = await startTestBot(assay);
});
afterAll(async () => testBot?.stop());

describe('a long query on Slack', () => {
  test('keeps Share and Next in the button values, and both work', async () => {
    expect(LONG.length).toBeGreaterThan(300);
    const asked = await replyTo(testBot.fake, await testBot.fake.command(LONG));
    expect(blockKitViolations(asked)).toEqual([]);
    const buttons = buttonsOf(asked);
    const share = buttons.get('assay_share');
    const next = buttons.get('assay_next');
    expect(share?.value).toBe(LONG);
    expect(next?.value).toBe(`${assay.run(LONG).query} page:2`);
    if (!share || !next) throw new Error('a button is missing');

    const clicked = await testBot.fake.click({ actionId: 'assay_share', ...share });
    const shared = await testBot.fake.nextPost(clicked.responseUrl);
    expect(contextTexts(shared).join('\n')).toContain(
      `shared by <@${FAKE_USER_ID}> · \`/assay ${LONG}\``,
    );
    expect(blockKitViolations(shared)).toEqual([]);

    const paged = await testBot.fake.click({ actionId: 'assay_next', ...next });
    const page2 = await testBot.fake.nextPost(paged.responseUrl);
    expect(contextTexts(page2).join('\n')).toMatch(/^Page 2 of \d+ · Only you can see this\./m);
  });

  test('past the 500 characters the core reads: a usage reply, no button over the value limit', async () => {
    const tooLong = `${LONG} ${'school '.repeat(40)}`;
    const asked = await replyTo(testBot.fake, await testBot.fake.command(tooLong));
    expect(JSON.stringify(asked)).toContain('Assay reads up to 500');
    expect(blockKitViolations(asked)).toEqual([]);
    expect(buttonsOf(asked).has('assay_share')).toBe(false);
    for (const { value } of buttonsOf(asked).values())
      expect(value.length).toBeLessThanOrEqual(2000);
  });
});
