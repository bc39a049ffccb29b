import { describe, expect, it } from 'vitest';
import {
  MULTILINGUAL_LANGUAGES,
  readMultilingualQueries,
} from '../../bench/multilingual-queries.js';
import { expectedIds, readRelevanceQueries, TOP_K } from '../../bench/relevance-score.js';
import { openAssay } from '../../src/index.js';

// The set's shape; relevance.test.ts scores it per language.
const queries = readMultilingualQueries();
const typed = readMultilingualQueries('queries-typed.json');
const assay = openAssay();

/** Ids a set names that the corpus does not hold, and queries that name too many or none. */
function badQueries(set: typeof queries) {
  const unknown = set.flatMap((query) =>
    expectedIds(query).filter((id) => !assay.corpus.byId.has(id)),
  );
  const badCount = set.filter((query) =>
    query.topFrom
      ? query.expect !== undefined || query.topFrom.length === 0
      : (query.expect ?? []).length === 0 || (query.expect ?? []).length > TOP_K,
  );
  return { unknown, badCount: badCount.map((query) => query.q) };
}

describe('the French, Spanish and Portuguese relevance set', () => {
  it('has at least 75 queries, at least 20 in each language', () => {
    expect(queries.length).toBeGreaterThanOrEqual(75);
    for (const language of MULTILINGUAL_LANGUAGES) {
      expect(
        queries.filter((query) => query.lang === language).length,
        language,
      ).toBeGreaterThanOrEqual(20);
    }
    expect(queries.filter((query) => !MULTILINGUAL_LANGUAGES.includes(query.lang))).toEqual([]);
  });

  it('expects one to three records (or names the equally good ones), all of which exist', () => {
    expect(badQueries(queries)).toEqual({ unknown: [], badCount: [] });
  });

  it('repeats no query, here, in the typed set or in the English set', () => {
    const texts = [...queries, ...typed, ...readRelevanceQueries()].map((query) =>
      query.q.toLowerCase(),
    );
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });
});

describe('the set typed as people type', () => {
  it('has at least 30 queries, at least 10 in each language, each expecting records that exist', () => {
    expect(typed.length).toBeGreaterThanOrEqual(30);
    for (const language of MULTILINGUAL_LANGUAGES)
      expect(
        typed.filter((query) => query.lang === language).length,
        language,
      ).toBeGreaterThanOrEqual(10);
    expect(badQueries(typed)).toEqual({ unknown: [], badCount: [] });
  });
});
