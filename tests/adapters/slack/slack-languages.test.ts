import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAssay } from '../../../src/index.js';
import { blockKitViolations } from '../../fakes/fake-slack-limits.js';
import {
  blocksOf,
  buttonsOf,
  contextTexts,
  replyTo,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// Slack's slash payloads carry no language: the bot reads each user's from users.info
// (include_locale, kept per user), and falls back to ASSAY_LOCALE (French here) when Slack
// refuses or is slow, still answering inside the acknowledgement.

let testBot: TestBot;
beforeAll(async () => {
  testBot = await startTestBot(openAssay(), { defaultLocale: 'fr' });
});
afterAll(async () => testBot?.stop());

const header = (message: Record<string, unknown>) =>
  String((blocksOf(message)[0]?.text as { text?: string } | undefined)?.text ?? '');
const labels = (message: Record<string, unknown>) =>
  [...buttonsOf(message).values()].map((button) => button.label);

describe('a user whose Slack reads Spanish', () => {
  test.each(['es-LA', 'es-ES'])('(%s) is answered in Spanish, in the ack', async (tag) => {
    const user = `U0ES${tag.slice(3)}`;
    testBot.fake.users.locales.set(user, tag);
    const delivery = await testBot.fake.command('search gold', user);
    const message = delivery.ack ?? {};
    expect(header(message)).toMatch(/^\d+ resultados para /);
    expect(labels(message)).toEqual(['Siguiente ▶', 'Compartir']);
    expect(contextTexts(message).at(-1)).toMatch(
      /^Página 1 de \d+ · Solo usted puede ver esto\. \*Compartir\* lo publica en el canal\. · datos del 2026-11-30/,
    );
    expect(blockKitViolations(message)).toEqual([]);
    const asked = testBot.fake.apiCalls.filter(
      (call) => call.method === 'users.info' && call.args.user === user,
    );
    expect(asked.map((call) => String(call.args.include_locale))).toEqual(['true']);
  });

  test('is asked about once: the next command and a button use the kept language', async () => {
    const user = 'U0ESKEPT';
    testBot.fake.users.locales.set(user, 'es-LA');
    await testBot.fake.command('search cobalt', user);
    const first = await replyTo(testBot.fake, await testBot.fake.command('search gold', user));
    const next = buttonsOf(first).get('assay_next');
    if (!next) throw new Error('no Next button');
    const click = await testBot.fake.click({ actionId: 'assay_next', ...next, userId: user });
    const paged = await testBot.fake.nextPost(click.responseUrl);
    expect(header(paged)).toMatch(/^\d+ resultados para /);
    expect(contextTexts(paged).at(-1)).toMatch(/^Página 2 de /);
    expect(testBot.fake.users.asked.get(user)).toBe(1);
  });

  test('shares in the sharer’s language', async () => {
    const user = 'U0ESSHARE';
    testBot.fake.users.locales.set(user, 'es-ES');
    const share = {
      actionId: 'assay_share',
      label: 'Compartir',
      value: 'search gold',
      userId: user,
    };
    const click = await testBot.fake.click(share);
    const shared = await testBot.fake.nextPost(click.responseUrl);
    expect(shared.response_type).toBe('in_channel');
    expect(contextTexts(shared).at(-1)).toMatch(
      new RegExp(`^compartido por <@${user}> · \`/assay search gold\` · datos del `),
    );
  });
});

describe('when users.info cannot say', () => {
  test('a refusal (no users:read) gives ASSAY_LOCALE, inside the ack', async () => {
    testBot.fake.users.refuse = 'missing_scope';
    try {
      const delivery = await testBot.fake.command('search gold', 'U0NOSCOPE');
      expect(delivery.ack).toBeDefined();
      expect(header(delivery.ack ?? {})).toMatch(/^\d+ résultats pour /);
      expect(labels(delivery.ack ?? {})).toContain('Partager');
    } finally {
      testBot.fake.users.refuse = undefined;
    }
  });

  test('a slow answer gives ASSAY_LOCALE without waiting for it, inside the ack', async () => {
    const user = 'U0SLOWPT';
    testBot.fake.users.locales.set(user, 'pt-BR');
    testBot.fake.faults.add('users.info', { status: 'delay', ms: 2500 });
    const delivery = await testBot.fake.command('search gold', user);
    expect(delivery.ack).toBeDefined();
    expect(header(delivery.ack ?? {})).toMatch(/^\d+ résultats pour /);
  });

  test('a user whose Slack language Assay lacks gets ASSAY_LOCALE', async () => {
    testBot.fake.users.locales.set('U0GERMAN', 'de-DE');
    const delivery = await testBot.fake.command('search gold', 'U0GERMAN');
    expect(header(delivery.ack ?? {})).toMatch(/^\d+ résultats pour /);
  });
});
