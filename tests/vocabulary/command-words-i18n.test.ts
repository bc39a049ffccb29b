import { stopwords as frenchBase } from '@orama/stopwords/french';
import { stopwords as portugueseBase } from '@orama/stopwords/portuguese';
import { stopwords as spanishBase } from '@orama/stopwords/spanish';
import { describe, expect, it } from 'vitest';
import { KINDS, STATUSES } from '../../src/corpus/schema.js';
import { COMMAND_NAMES, FILTER_KEYS } from '../../src/search/parse-query.js';
import { foldText } from '../../src/text/fold-text.js';
import {
  COMMAND_WORDS_I18N,
  FILTER_KEYS_I18N,
  FILTER_VALUES_I18N,
  type TranslatedWord,
} from '../../src/vocabulary/command-words-table.js';
import { LEXICON_LANGUAGES } from '../../src/vocabulary/lexicon-table.js';
import {
  ELISION_PREFIXES,
  EXTRA_STOP_WORDS,
  KEPT_FIELD_WORDS,
  STOP_WORDS,
} from '../../src/vocabulary/stop-words-i18n.js';

const BASE = { fr: frenchBase, es: spanishBase, pt: portugueseBase };

function meaningsOf(table: readonly TranslatedWord[], typed: string): string[] {
  return table
    .filter((row) =>
      LEXICON_LANGUAGES.some((language) =>
        row.terms[language].some((term) => foldText(term.text) === foldText(typed)),
      ),
    )
    .map((row) => row.english);
}

function clashes(table: readonly TranslatedWord[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const row of table) {
    for (const language of LEXICON_LANGUAGES) {
      for (const term of row.terms[language]) {
        const key = foldText(term.text);
        owners.set(key, (owners.get(key) ?? new Set()).add(row.english));
      }
    }
  }
  return [...owners].filter(([, set]) => set.size > 1).map(([key]) => key);
}

const isStopWord = (language: 'fr' | 'es' | 'pt', word: string) =>
  [...STOP_WORDS[language]].some((stop) => foldText(stop) === foldText(word));

describe('command words, filter keys and values in French, Spanish and Portuguese', () => {
  it('gives every command, filter key, status, kind and record type words in each language', () => {
    const hasAll = (row: TranslatedWord | undefined) =>
      row !== undefined && LEXICON_LANGUAGES.every((language) => row.terms[language].length > 0);
    const row = (table: readonly TranslatedWord[], english: string) =>
      table.find((entry) => entry.english === english);
    expect(COMMAND_NAMES.filter((name) => !hasAll(row(COMMAND_WORDS_I18N, name)))).toEqual([]);
    const keys = [...FILTER_KEYS, 'by', 'page'];
    expect(keys.filter((key) => !hasAll(row(FILTER_KEYS_I18N, key)))).toEqual([]);
    const values = [
      ...STATUSES.map((status) => `status:${status}`),
      ...KINDS.map((kind) => `kind:${kind}`),
      ...['intervention', 'report', 'lesson'].map((type) => `type:${type}`),
    ];
    expect(values.filter((value) => !hasAll(row(FILTER_VALUES_I18N, value)))).toEqual([]);
  });

  it('maps no word to two commands, two keys or two values', () => {
    expect(clashes(COMMAND_WORDS_I18N)).toEqual([]);
    expect(clashes(FILTER_KEYS_I18N)).toEqual([]);
    expect(clashes(FILTER_VALUES_I18N)).toEqual([]);
  });

  it('understands the words the issue reproduces', () => {
    for (const typed of ['aide', 'ayuda', 'ajuda']) {
      expect(meaningsOf(COMMAND_WORDS_I18N, typed)).toEqual(['help']);
    }
    for (const typed of ['chercher', 'rechercher', 'buscar', 'pesquisar']) {
      expect(meaningsOf(COMMAND_WORDS_I18N, typed)).toEqual(['search']);
    }
    expect(meaningsOf(FILTER_KEYS_I18N, 'pays')).toEqual(['country']);
    expect(meaningsOf(FILTER_KEYS_I18N, 'país')).toEqual(['country']);
    expect(meaningsOf(FILTER_KEYS_I18N, 'minerai')).toEqual(['mineral']);
    expect(meaningsOf(FILTER_KEYS_I18N, 'statut')).toEqual(['status']);
    expect(meaningsOf(FILTER_KEYS_I18N, 'estado')).toEqual(['status']);
    expect(meaningsOf(FILTER_VALUES_I18N, 'en cours')).toEqual(['status:ongoing']);
    expect(meaningsOf(FILTER_VALUES_I18N, 'em andamento')).toEqual(['status:ongoing']);
    expect(meaningsOf(FILTER_VALUES_I18N, 'terminado')).toEqual(['status:completed']);
    expect(meaningsOf(FILTER_VALUES_I18N, 'concluído')).toEqual(['status:completed']);
  });

  it('keeps every command word out of the stop words, unless it is flagged', () => {
    const swallowed = COMMAND_WORDS_I18N.flatMap((row) =>
      LEXICON_LANGUAGES.flatMap((language) =>
        row.terms[language]
          .filter((term) => !term.contextOnly && isStopWord(language, term.text))
          .map((term) => `${language} ${term.text}`),
      ),
    );
    expect(swallowed).toEqual([]);
  });
});

describe('stop words and elisions', () => {
  it('drops the function and question words the issue names', () => {
    for (const word of ['de', 'la', 'des', 'les', 'dans', 'et', 'qu', 'est', 'ce', 'que']) {
      expect(isStopWord('fr', word), word).toBe(true);
    }
    for (const word of ['quels', 'où', 'combien']) expect(isStopWord('fr', word), word).toBe(true);
    for (const word of ['de', 'la', 'en', 'y', 'qué', 'cuáles', 'dónde', 'cuántos']) {
      expect(isStopWord('es', word), word).toBe(true);
    }
    for (const word of ['em', 'no', 'na', 'de', 'quais', 'onde', 'quantos']) {
      expect(isStopWord('pt', word), word).toBe(true);
    }
  });

  it('never drops the field words the base lists hold (trabajo, trata, final, or)', () => {
    for (const word of ['trabajo', 'trata', 'final', 'estado', 'país']) {
      expect(isStopWord('es', word), word).toBe(false);
    }
    expect(isStopWord('fr', 'or')).toBe(false);
    expect(isStopWord('pt', 'ouro')).toBe(false);
  });

  it('adds only words the base lists lack, and takes back only words they hold', () => {
    for (const language of LEXICON_LANGUAGES) {
      const base = new Set(BASE[language]);
      expect(
        EXTRA_STOP_WORDS[language].filter((word) => base.has(word)),
        language,
      ).toEqual([]);
      expect(
        KEPT_FIELD_WORDS[language].filter((word) => !base.has(word)),
        language,
      ).toEqual([]);
    }
  });

  it("splits off l', d', qu' and the Italian-style dell', all'", () => {
    for (const prefix of ["l'", "d'", "qu'", "dell'", "all'"]) {
      expect(ELISION_PREFIXES).toContain(prefix);
    }
  });
});
