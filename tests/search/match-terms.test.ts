import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTerms, findTermsInContext, matchesByLanguage } from '../../src/search/match-terms.js';
import { queryWordsAndElisions } from '../../src/search/query-words.js';
import { foldText } from '../../src/text/fold-text.js';
import { LEXICON_LANGUAGES } from '../../src/vocabulary/lexicon-table.js';

// The reader looks for the field's terms a second time, ambiguous ones
// allowed, only where an ambiguous term matched and was left out the first
// time. The shortcut must find what the second look would, on every query of
// the relevance sets and on ambiguous words placed on purpose.

const setQueries = (file: string) =>
  (
    JSON.parse(readFileSync(new URL(`../relevance/${file}`, import.meta.url), 'utf8')) as {
      queries: { q: string }[];
    }
  ).queries.map(({ q }) => q);

const queries = [
  ...setQueries('queries.json'),
  ...setQueries('queries-fr-es-pt.json'),
  ...setQueries('queries-typed.json'),
  "l'or et le mercure",
  'mines or cobalt',
  'enfants or mercure',
  'plata y trata en la mina',
  'trabalho infantil na mina de ouro',
];

describe('the second look for ambiguous terms', () => {
  it('finds what looking again would, in every language, on every query', () => {
    let looked = 0;
    for (const query of queries) {
      const { words: raw, elided } = queryWordsAndElisions(query);
      const words = { raw, folded: raw.map(foldText), elided };
      const found = matchesByLanguage(words);
      for (const language of LEXICON_LANGUAGES) {
        const again = findTerms(language, words, true);
        const shortcut = findTermsInContext(language, words, found[language]);
        if (shortcut !== found[language]) looked++;
        expect([query, language, shortcut]).toEqual([query, language, again]);
      }
    }
    // The ambiguous words above do make it look again.
    expect(looked).toBeGreaterThan(3);
  });
});
