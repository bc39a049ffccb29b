import { describe, expect, it } from 'vitest';
import { TERMINAL_CALLER } from '../../src/caller.js';
import { KINDS, STATUSES } from '../../src/corpus/schema.js';
import { readStatus } from '../../src/corpus/status-reading.js';
import { LOCALES, translatorFor } from '../../src/i18n/index.js';
import {
  kindWord,
  mineralName,
  placeName,
  statusText,
  statusWord,
  typeWord,
} from '../../src/i18n/value-names.js';
import { FILTER_VALUES_I18N } from '../../src/vocabulary/command-words-table.js';
import { KIND_LABELS } from '../../src/vocabulary/kinds.js';
import { COUNTRY_NAMES_I18N } from '../../src/vocabulary/place-names-i18n.js';
import { COUNTRIES } from '../../src/vocabulary/places.js';
import { fixtureAssay } from '../support/assays.js';

const TODAY = new Date('2026-11-30T12:00:00Z');
const fr = translatorFor('fr');
const es = translatorFor('es');
const pt = translatorFor('pt');
const en = translatorFor('en');

describe('status, type and kind words', () => {
  it('read in English as they always have', () => {
    expect(STATUSES.map((status) => statusWord(en, status))).toEqual([...STATUSES]);
    expect(typeWord(en, 'intervention')).toBe('intervention');
    expect(typeWord(en, 'report', 2)).toBe('reports');
    for (const kind of KINDS) expect(kindWord(en, kind)).toBe(KIND_LABELS[kind].label);
  });

  it('read in each language, plural by count', () => {
    expect(statusWord(fr, 'ongoing')).toBe('en cours');
    expect(statusWord(es, 'completed')).toBe('terminado');
    expect(statusWord(pt, 'ongoing')).toBe('em andamento');
    expect(typeWord(fr, 'lesson', 0)).toBe('leçon');
    expect(typeWord(fr, 'lesson', 2)).toBe('leçons');
    expect(typeWord(es, 'intervention', 1)).toBe('intervención');
    expect(typeWord(es, 'intervention', 5)).toBe('intervenciones');
    expect(typeWord(pt, 'report', 1_000_000)).toBe('relatórios');
    expect(kindWord(fr, 'law')).toBe('loi ou réglementation');
    expect(kindWord(pt, 'initiative')).toBe('iniciativa de múltiplas partes interessadas');
  });

  it('are words the status: and type: filters accept, so a reader can type back what they read', () => {
    const accepted = (english: string, language: 'fr' | 'es' | 'pt') =>
      FILTER_VALUES_I18N.find((row) => row.english === english)?.terms[language].map(
        (term) => term.text,
      ) ?? [];
    for (const language of ['fr', 'es', 'pt'] as const) {
      const t = translatorFor(language);
      for (const status of STATUSES)
        expect(accepted(`status:${status}`, language)).toContain(statusWord(t, status));
      for (const kind of KINDS)
        expect(accepted(`kind:${kind}`, language)[0]).toBe(t(`values:kind-word.${kind}`));
      for (const type of ['intervention', 'report', 'lesson'] as const) {
        expect(accepted(`type:${type}`, language)).toContain(typeWord(t, type, 1));
        expect(accepted(`type:${type}`, language)).toContain(typeWord(t, type, 2));
      }
    }
  });
});

describe('a dated status in each language', () => {
  it('keeps the English reading and words the year as a year, not a number', () => {
    for (const [status, asOf] of [
      ['ongoing', 2024],
      ['ongoing', '2019'],
      ['completed', 2012],
      ['ongoing', undefined],
      ['unknown', undefined],
      ['unknown', 2004],
    ] as const)
      expect(statusText(en, readStatus(status, asOf, TODAY))).toBe(
        readStatus(status, asOf, TODAY).text,
      );
    expect(statusText(fr, readStatus('ongoing', 2024, TODAY))).toBe('en cours (état en 2024)');
    expect(statusText(es, readStatus('ongoing', '2019-05', TODAY))).toBe(
      'reportado en curso por última vez en 2019',
    );
    expect(statusText(pt, readStatus('ongoing', undefined, TODAY))).toBe(
      'em andamento (data não registrada)',
    );
    expect(statusText(fr, readStatus('unknown', 2004, TODAY))).toBe(
      'statut inconnu (état en 2004)',
    );
  });
});

describe('place and mineral names', () => {
  it('give CLDR’s name of every country in each language', () => {
    for (const { name, code } of COUNTRY_NAMES_I18N) {
      for (const [language, cldr] of [
        ['fr', 'fr'],
        ['es', 'es'],
        ['pt', 'pt'],
      ] as const) {
        const shown = new Intl.DisplayNames([cldr], { type: 'region' }).of(code) ?? '';
        expect(shown.replace(/’/g, "'"), `${name} ${language}`).toContain(
          placeName(language, name),
        );
      }
    }
  });

  it('have a name for every country in the table, in every locale', () => {
    for (const locale of LOCALES.filter((one) => one !== 'en'))
      for (const { name } of COUNTRIES.entries)
        expect(placeName(locale, name), `${name} ${locale}`).not.toBe('');
    expect(placeName('fr', 'Peru')).toBe('Pérou');
    expect(placeName('es', 'Democratic Republic of the Congo')).toBe(
      'República Democrática del Congo',
    );
    expect(placeName('pt', 'West Africa')).toBe('África Ocidental');
    expect(placeName('fr', 'Global')).toBe('Monde');
  });

  it('give a mineral the lexicon’s first term, and leave English and unknown names alone', () => {
    expect(mineralName('fr', 'gold')).toBe('or');
    expect(mineralName('es', 'gold')).toBe('oro');
    expect(mineralName('pt', 'mercury')).toBe('mercúrio');
    expect(mineralName('fr', 'coloured gemstones')).toBe('pierres précieuses');
    expect(mineralName('en', 'gold')).toBe('gold');
    // zinc has no lexicon row with a source yet: it stays as the corpus writes it
    expect(mineralName('fr', 'zinc')).toBe('zinc');
    expect(placeName('fr', 'Atlantis')).toBe('Atlantis');
  });
});

describe('a record’s facts line in the reader’s language', () => {
  const assay = fixtureAssay();
  const factsOf = (locale: 'en' | 'fr' | 'es' | 'pt', id: string, query: string) => {
    const reply = assay.run(query, { ...TERMINAL_CALLER, locale });
    if (reply.kind !== 'search') throw new Error(reply.kind);
    return reply.results.find((item) => item.id === id)?.facts;
  };

  it('names places and minerals in French, Spanish and Portuguese; English is unchanged', () => {
    expect(factsOf('en', 'cotecco', 'search cotecco')).toBe(
      'Democratic Republic of the Congo · cobalt · 2018–2024',
    );
    expect(factsOf('fr', 'cotecco', 'search cotecco')).toBe('Congo-Kinshasa · cobalt · 2018–2024');
    expect(factsOf('es', 'caring-gold', 'search caring gold')).toMatch(/^Ghana, Filipinas · oro/);
    expect(factsOf('pt', 'caring-gold', 'search caring gold')).toMatch(/^Gana, Filipinas · ouro/);
  });

  it('words the dated status and the stale note', () => {
    const reply = assay.run('search status:ongoing', { ...TERMINAL_CALLER, locale: 'fr' });
    if (reply.kind !== 'search') throw new Error(reply.kind);
    const planetgold = reply.results.find((item) => item.id === 'planetgold');
    expect(planetgold?.facts).toBe(
      'Burkina Faso, Colombie, Guyana +20 · or · 2019– · signalé en cours pour la dernière fois en 2020',
    );
    const notes = reply.sections.flatMap((section) =>
      section.type === 'text' ? [section.text] : [],
    );
    // the fixture's six ongoing records rest on evidence from 2017–2022: over three years old
    expect(notes).toContain(
      'Sur ces 6 fiches signalées en cours, 6 reposent sur des données de plus de 3 ans.',
    );
  });
});
