import { describe, expect, it } from 'vitest';
import { CATALOGS, type MessageKey } from '../../src/i18n/catalogs.js';
import { LOCALES, translatorFor } from '../../src/i18n/index.js';
import type { Message } from '../../src/i18n/message-catalog.js';

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = texts.flatMap((text) =>
    [...text.matchAll(/\{\{\s*([\w-]+)/g)].map((match) => match[1] ?? ''),
  );
  return [...new Set(names)].sort();
};

const namespaces = Object.entries(CATALOGS);

describe('the message catalogs', () => {
  it.each(namespaces)(
    '%s has every English key in French, Spanish and Portuguese',
    (_, catalog) => {
      const keys = Object.keys(catalog.en).sort();
      for (const locale of LOCALES)
        expect(Object.keys(catalog[locale]).sort(), locale).toEqual(keys);
    },
  );

  it.each(namespaces)('%s gives each plural the forms its language needs', (_, catalog) => {
    for (const locale of LOCALES) {
      const needed = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
      for (const [key, message] of Object.entries(catalog[locale] as Record<string, Message>)) {
        const english = (catalog.en as Record<string, Message>)[key];
        if (typeof english === 'string') expect(typeof message, `${locale} ${key}`).toBe('string');
        else expect(Object.keys(message).sort(), `${locale} ${key}`).toEqual(needed);
      }
    }
  });

  it.each(namespaces)('%s interpolates the same values in every language', (_, catalog) => {
    for (const [key, english] of Object.entries(catalog.en as Record<string, Message>)) {
      for (const locale of LOCALES) {
        const message = (catalog[locale] as Record<string, Message>)[key];
        expect(message && placeholders(message), `${locale} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it.each(namespaces)('%s has no empty message', (_, catalog) => {
    for (const locale of LOCALES)
      for (const message of Object.values(catalog[locale] as Record<string, Message>)) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text.trim()).not.toBe('');
      }
  });

  it('resolves every key in every language through i18next to its own text', () => {
    for (const [namespace, catalog] of namespaces)
      for (const locale of LOCALES) {
        const t = translatorFor(locale);
        for (const [key, message] of Object.entries(catalog[locale] as Record<string, Message>)) {
          const values = Object.fromEntries(placeholders(message).map((name) => [name, 7]));
          const raw = typeof message === 'string' ? message : message.other;
          const expected = raw.replace(/\{\{\s*([\w-]+)[^}]*\}\}/g, (_, name) =>
            name === 'count' ? '2' : '7',
          );
          const full = `${namespace}:${key}` as MessageKey;
          expect(t(full, { ...values, count: 2 }), `${locale} ${full}`).toBe(expected);
        }
      }
  });
});

describe('plural and number wording', () => {
  it('follows each language: French 0 and 1 are singular, a million takes "de"', () => {
    const asked = { asked: 'or' };
    expect(translatorFor('en')('search:title', { count: 0, ...asked })).toBe('0 results for or');
    expect(translatorFor('fr')('search:title', { count: 0, ...asked })).toBe('0 résultat pour or');
    expect(translatorFor('fr')('search:title', { count: 1_000_000, ...asked })).toBe(
      '1\u202f000\u202f000 de résultats pour or',
    );
    expect(translatorFor('es')('search:title', { count: 12_345, ...asked })).toBe(
      '12.345 resultados para or',
    );
    expect(translatorFor('pt')('search:title', { count: 2, ...asked })).toBe(
      '2 resultados para or',
    );
  });
});
