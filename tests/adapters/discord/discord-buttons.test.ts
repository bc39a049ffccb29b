import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageProblems } from '../../fakes/discord-limits.js';
import { makeUser, snowflake } from '../../fakes/fake-discord-payloads.js';
import {
  buttonsOf,
  EPHEMERAL,
  embedOf,
  type Harness,
  plain,
  startHarness,
} from './discord-harness.js';

// Buttons on the private reply: Share posts publicly with attribution; Next and
// Previous page privately; did-you-mean runs the suggestion in place.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const button = (result: { body: Parameters<typeof buttonsOf>[0]['body'] }, label: string) => {
  const id = buttonsOf(result).get(label);
  if (!id)
    throw new Error(`no "${label}" button among ${[...buttonsOf(result).keys()].join(', ')}`);
  return id;
};

describe('Share', () => {
  it('posts the finding publicly, saying who shared it and what they asked', async () => {
    const asked = await h.fake.command('search', { query: 'mercury ghana' });
    if (!asked.message) throw new Error('the reply was not stored');
    const shared = await h.fake.click(asked.message, button(asked, 'Share'));
    expect(shared.callbackType).toBe(4);
    expect((shared.body.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(shared.body.content).toBe(
      `shared by <@${h.fake.human.id}> · /assay search mercury ghana`,
    );
    expect(shared.body.allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(shared).title).toBe(embedOf(asked).title);
    expect(embedOf(shared).fields).toEqual(embedOf(asked).fields);
    expect(shared.body.components).toEqual([]);
    expect(messageProblems(shared.body)).toEqual([]);
  });

  it('attributes the share to whoever clicked', async () => {
    const asked = await h.fake.command('show', { id: 'caring-gold' });
    if (!asked.message) throw new Error('the reply was not stored');
    const other = makeUser(snowflake(), 'kofi');
    const shared = await h.fake.click(asked.message, button(asked, 'Share'), other);
    expect(shared.body.content).toBe(`shared by <@${other.id}> · /assay show caring-gold`);
  });

  it('shares queries longer than a custom_id can hold', async () => {
    const query = `gold ${'children school health mercury cooperative '.repeat(3)}`.trim();
    const asked = await h.fake.command('search', { query });
    const shareId = button(asked, 'Share');
    expect(shareId.length).toBeLessThanOrEqual(100);
    if (!asked.message) throw new Error('the reply was not stored');
    const shared = await h.fake.click(asked.message, shareId);
    expect(plain(shared.body.content)).toContain(`/assay search ${query}`);
  });
});

describe('Next / Previous', () => {
  it('pages the private reply in place', async () => {
    const first = await h.fake.command('search', { query: 'gold' });
    expect(buttonsOf(first).has('◀ Previous')).toBe(false);
    expect(embedOf(first).footer?.text).toMatch(
      /^\/assay search gold · Page 1 of \d+ · data of 2026-11-30 · \d+ records$/,
    );
    if (!first.message) throw new Error('the reply was not stored');

    const second = await h.fake.click(first.message, button(first, 'Next ▶'));
    expect(second.callbackType).toBe(7);
    expect(second.message?.id).toBe(first.message.id);
    expect(second.message?.flags).toBe(EPHEMERAL);
    expect(embedOf(second).footer?.text).toMatch(
      /^\/assay search gold page:2 · Page 2 of \d+ · data of 2026-11-30 · \d+ records$/,
    );
    expect(embedOf(second).fields).not.toEqual(embedOf(first).fields);
    expect(button(second, 'Share')).toBe('assay:share:search gold page:2');
    if (!second.message) throw new Error('the update was not stored');

    const back = await h.fake.click(second.message, button(second, '◀ Previous'));
    expect(back.callbackType).toBe(7);
    expect(embedOf(back).fields).toEqual(embedOf(first).fields);
  });
});

describe('zero results', () => {
  it('offers did-you-mean buttons that run the suggestion in place', async () => {
    const reply = h.assay.runOptions('search', { query: 'zzzqqq' });
    expect(reply.suggestions.length).toBeGreaterThan(0);
    const none = await h.fake.command('search', { query: 'zzzqqq' });
    expect(buttonsOf(none).has('Share')).toBe(false);
    const first = reply.suggestions[0];
    if (!first || !none.message) throw new Error('no suggestion to click');
    const tried = await h.fake.click(none.message, button(none, first.label));
    expect(tried.callbackType).toBe(7);
    expect(plain(embedOf(tried).title)).toBe(h.assay.run(first.query).title);
  });
});

describe('a button from before a restart', () => {
  it('says it expired, privately', async () => {
    const asked = await h.fake.command('search', { query: 'cobalt' });
    if (!asked.message) throw new Error('the reply was not stored');
    const result = await h.fake.click(asked.message, 'assay:run:#kzz');
    expect(result.callbackType).toBe(4);
    expect(result.body.flags).toBe(EPHEMERAL);
    expect(result.body.content).toMatch(/expired/);
    expect(result.body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('every message of this file', () => {
  it('stayed within Discord limits, pinged no one, and nothing failed', () => {
    expect(h.fake.rejected).toEqual([]);
    expect(h.logs).toEqual([]);
    for (const { body } of h.fake.interactions.sent) {
      expect(messageProblems(body)).toEqual([]);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    }
  });
});
