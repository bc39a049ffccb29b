import { describe, expect, it } from 'vitest';
import { readMultilingualQueries } from '../../bench/multilingual-queries.js';
import { readRelevanceQueries } from '../../bench/relevance-score.js';
import { englishPieces } from '../../src/search/foreign-in-english.js';
import {
  guessLanguage,
  isPlainlyEnglish,
  type QueryLanguage,
} from '../../src/search/guess-language.js';
import { matchesByLanguage, type Words } from '../../src/search/match-terms.js';
import { queryWordsAndElisions } from '../../src/search/query-words.js';
import { readQuery } from '../../src/search/read-query.js';
import { foldText } from '../../src/text/fold-text.js';
import { LEXICON } from '../../src/vocabulary/lexicon.js';
import { COUNTRIES, REGIONS } from '../../src/vocabulary/places.js';

// The query reader skips the French, Spanish and Portuguese tables for a query it calls
// plainly English. That shortcut must never give another answer than the full guess.

const wordsOf = (text: string): Words => {
  const { words: raw, elided } = queryWordsAndElisions(text);
  return { raw, folded: raw.map(foldText), elided };
};

const HINTS: (QueryLanguage | undefined)[] = [undefined, 'en', 'fr', 'es', 'pt'];

/** Queries people type in four languages, the lexicon's English, place names, and words between. */
const QUERIES = [
  ...readRelevanceQueries().map((query) => query.q),
  ...readMultilingualQueries().map((query) => query.q),
  ...readMultilingualQueries('queries-typed.json').map((query) => query.q),
  ...LEXICON.flatMap((entry) => entry.en),
  ...[COUNTRIES, REGIONS].flatMap((table) => table.entries.map((entry) => entry.name)),
  // Place words that are also stop words elsewhere ("el" of El Salvador is Spanish's article).
  'el',
  'el salvador',
  'la',
  'de',
  'a',
  'gold',
  'mines',
  'or',
  '',
];

describe('a plainly English query', () => {
  it('is English by the full guess too, whatever locale hints', () => {
    const disagreements = HINTS.flatMap((hint) =>
      QUERIES.filter((text) => {
        const words = wordsOf(text);
        return (
          isPlainlyEnglish(words, hint) &&
          guessLanguage(words, matchesByLanguage(words), hint) !== 'en'
        );
      }).map((text) => `${hint ?? '-'}: ${text}`),
    );
    expect(disagreements).toEqual([]);
  });

  it('keeps its words as typed, as the full English reading does (no foreign term in it)', () => {
    const rewritten = QUERIES.filter((text) => isPlainlyEnglish(wordsOf(text), undefined)).filter(
      (text) => {
        const words = wordsOf(text);
        const typed = text.split(' ');
        const pieces = englishPieces(typed, words, matchesByLanguage(words));
        return JSON.stringify(pieces) !== JSON.stringify(typed.map((word) => ({ typed: word })));
      },
    );
    expect(rewritten).toEqual([]);
  });

  it('covers the usual English searches, so they skip the other languages', () => {
    for (const text of ['gold', 'mercury ghana', 'child labour cobalt', 'peru'])
      expect(isPlainlyEnglish(wordsOf(text), undefined), text).toBe(true);
  });

  it('is never one with a foreign locale, a foreign stop word alone or a foreign term', () => {
    expect(isPlainlyEnglish(wordsOf('gold'), 'fr')).toBe(false);
    expect(isPlainlyEnglish(wordsOf('el'), undefined)).toBe(false);
    expect(isPlainlyEnglish(wordsOf('travail des enfants'), undefined)).toBe(false);
    // What the full guess makes of them.
    expect(readQuery(['gold'], { locale: 'fr' }).language).toBe('fr');
    expect(readQuery(['el'], {}).language).toBe('es');
  });
});
