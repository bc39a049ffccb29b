import { describe, expect, it } from 'vitest';
import {
  LOCALE_RETRY_MS,
  LOCALE_TTL_MS,
  UserLocales,
} from '../../../adapters/slack/user-locales.js';

// The per-user language cache, on a clock the test moves: an answer is kept for an hour, a
// failure for a minute, and a lookup that does not answer in time leaves the default.

function setUp(answers: (string | Error | 'never')[]) {
  let now = 0;
  const asked: string[] = [];
  const lookup = async (user: string) => {
    asked.push(user);
    const next = answers.shift();
    if (next === 'never') return new Promise<string>(() => undefined);
    if (next instanceof Error) throw next;
    return next;
  };
  const locales = new UserLocales(lookup, 'pt', 20, () => now);
  return { locales, asked, advance: (ms: number) => (now += ms) };
}

describe('each Slack user’s language', () => {
  it('is read once and kept for an hour, then read again', async () => {
    const { locales, asked, advance } = setUp(['es-LA', 'fr-FR']);
    expect(await locales.localeOf('U1')).toBe('es');
    advance(LOCALE_TTL_MS - 1);
    expect(await locales.localeOf('U1')).toBe('es');
    expect(locales.cached('U1')).toBe('es');
    advance(1);
    expect(await locales.localeOf('U1')).toBe('fr');
    expect(asked).toEqual(['U1', 'U1']);
  });

  it('falls back to the default for a minute after a failure', async () => {
    const { locales, asked, advance } = setUp([new Error('missing_scope'), 'es-ES']);
    expect(await locales.localeOf('U2')).toBe('pt');
    advance(LOCALE_RETRY_MS - 1);
    expect(await locales.localeOf('U2')).toBe('pt');
    advance(1);
    expect(await locales.localeOf('U2')).toBe('es');
    expect(asked).toEqual(['U2', 'U2']);
  });

  it('does not wait for a lookup that never answers, and asks only once meanwhile', async () => {
    const { locales, asked } = setUp(['never']);
    expect(await locales.localeOf('U3')).toBe('pt');
    expect(await locales.localeOf('U3')).toBe('pt');
    expect(asked).toEqual(['U3']);
    expect(locales.cached('U3')).toBe('pt');
  });

  it('uses the default for a language Assay does not speak', async () => {
    const { locales } = setUp(['de-DE']);
    expect(await locales.localeOf('U4')).toBe('pt');
  });
});
