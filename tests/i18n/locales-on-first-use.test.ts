import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { type Caller, type Locale, TERMINAL_CALLER } from '../../src/index.js';
import { shippedAssay } from '../support/assays.js';

// English is loaded at start; French, Spanish and Portuguese messages are added the first time
// a reply is worded in them (and the commands described on first use). A reply in each must
// still come whole in its language, and adding them must not change English.

const as = (locale: Locale): Caller => ({ ...TERMINAL_CALLER, locale });
const helpTitle = (locale: Locale) => CATALOGS.help[locale].title;

describe('a language asked for after English', () => {
  const assay = shippedAssay();
  const englishFirst = assay.run('search gold', as('en'));

  it('answers in that language, title and notes', () => {
    expect(englishFirst.title).toMatch(/^\d+ results for "gold"/);
    expect(assay.run('search gold', as('fr')).title).toMatch(/^\d+ résultats pour « gold »/);
    expect(assay.run('search gold', as('es')).title).toMatch(/^\d+ resultados para «gold»/);
    expect(assay.run('search gold', as('pt')).title).toMatch(/^\d+ resultados para "gold"/);
    for (const locale of ['fr', 'es', 'pt'] as const)
      expect(assay.run('help', as(locale)).title).toBe(helpTitle(locale));
  });

  it('leaves English as it was', () => {
    expect(assay.run('search gold', as('en'))).toEqual(englishFirst);
    expect(assay.run('help', as('en')).title).toBe(helpTitle('en'));
  });

  it('describes the commands in every language when they are first asked for', () => {
    const search = assay.commands.find((command) => command.name === 'search');
    expect(search?.descriptions).toEqual({
      en: CATALOGS.commands.en.search,
      fr: CATALOGS.commands.fr.search,
      es: CATALOGS.commands.es.search,
      pt: CATALOGS.commands.pt.search,
    });
  });
});
