import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assay } from '../../../src/index.js';
import { EPHEMERAL, type Harness, shippedAssay, startHarness } from './discord-harness.js';

// The one top-level error handler: an unexpected failure gets a short private
// apology, is logged, and the log holds neither the bot token nor the
// interaction token. The failure is injected by a core whose calls throw.

const real = shippedAssay();
let failing = false;
let h: Harness;

/** The real core, except that it throws (with secrets in the message) while `failing` is set. */
const brittle: Assay = {
  corpus: real.corpus,
  commands: real.commands,
  store: null,
  run: (text) => real.run(text),
  runOptions(command, options) {
    if (failing) throw new Error(`boom while running ${command} for token ${h.fake.token}`);
    return real.runOptions(command, options);
  },
  answer: (text, caller) => real.answer(text, caller),
  async answerOptions(command, options, caller) {
    if (failing) throw new Error(`boom while running ${command} for token ${h.fake.token}`);
    return real.answerOptions(command, options, caller);
  },
  answerFinding: (id, asked, caller) => real.answerFinding(id, asked, caller),
  logShare: (reply, caller) => real.logShare(reply, caller),
  complete(source, partial) {
    if (failing) throw new Error('completion broke');
    return real.complete(source, partial);
  },
  reload: () => real.reload(),
};

beforeAll(async () => {
  h = await startHarness(brittle);
});
afterAll(async () => h?.stop());

function expectLoggedWithoutSecrets(interactionId: string) {
  const line = h.logs.find((entry) => entry.includes(interactionId));
  expect(line).toBeDefined();
  expect(line).toContain('boom');
  expect(line).not.toContain(h.fake.token);
  expect(line).not.toContain(`interaction-token-${interactionId}`);
}

describe('an unexpected error while answering', () => {
  it('answers with a short private apology and logs the error without the token', async () => {
    failing = true;
    const result = await h.fake.command('search', { query: 'mercury' });
    failing = false;
    expect(result.callbackType).toBe(4);
    expect(result.body.flags).toBe(EPHEMERAL);
    expect(result.body.content).toMatch(/^Sorry/);
    expect(result.body.content?.length).toBeLessThan(200);
    expect(result.body.allowed_mentions).toEqual({ parse: [] });
    expect(result.body.embeds).toEqual([]);
    expectLoggedWithoutSecrets(result.id);
  });

  it('apologises in the member’s language', async () => {
    failing = true;
    const result = await h.fake.commandIn({ locale: 'pt-BR' }, 'search', { query: 'mercury' });
    failing = false;
    expect(result.body.flags).toBe(EPHEMERAL);
    expect(result.body.content).toBe(
      'Desculpe, algo deu errado do nosso lado ao responder. Tente novamente em instantes.',
    );
    expectLoggedWithoutSecrets(result.id);
  });

  it('edits the apology into a reply it had already deferred', async () => {
    failing = true;
    const result = await h.fake.command('stats', { by: 'mineral' }, Date.now() - 2500);
    failing = false;
    expect(result.callbackType).toBe(5);
    expect(result.body.content).toMatch(/^Sorry/);
    expectLoggedWithoutSecrets(result.id);
  });

  it('answers a failing autocomplete with no choices', async () => {
    failing = true;
    const result = await h.fake.autocomplete('search', { query: 'gol' }, 'query');
    failing = false;
    expect(result.callbackType).toBe(8);
    expect(result.choices).toEqual([]);
    expect(h.logs.some((entry) => entry.includes('completion broke'))).toBe(true);
  });

  it('keeps answering afterwards', async () => {
    const result = await h.fake.command('search', { query: 'mercury' });
    expect(result.body.embeds?.[0]?.title).toContain('mercury');
  });

  it('never logged a secret, and Discord rejected nothing', () => {
    for (const entry of h.logs) expect(entry).not.toContain(h.fake.token);
    expect(h.fake.rejected).toEqual([]);
  });
});
