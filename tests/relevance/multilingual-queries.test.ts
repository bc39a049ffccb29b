import { describe, expect, it } from 'vitest';
import {
  MULTILINGUAL_LANGUAGES,
  readMultilingualQueries,
} from '../../bench/multilingual-queries.js';
import { readRelevanceQueries, TOP_K } from '../../bench/relevance-score.js';
import { openAssay } from '../../src/index.js';

// The set's shape only: relevance.test.ts scores it once the multilingual
// matcher exists (issue 9).
const queries = readMultilingualQueries();
const assay = openAssay();

describe('the French, Spanish and Portuguese relevance set', () => {
  it('has at least 60 queries, about 20 in each language', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const language of MULTILINGUAL_LANGUAGES) {
      expect(
        queries.filter((query) => query.lang === language).length,
        language,
      ).toBeGreaterThanOrEqual(20);
    }
    expect(queries.filter((query) => !MULTILINGUAL_LANGUAGES.includes(query.lang))).toEqual([]);
  });

  it('expects one to three records that exist, for every query', () => {
    const unknown = queries.flatMap((query) =>
      query.expect.filter((id) => !assay.corpus.byId.has(id)),
    );
    expect(unknown).toEqual([]);
    const badCount = queries.filter((q) => q.expect.length === 0 || q.expect.length > TOP_K);
    expect(badCount.map((query) => query.q)).toEqual([]);
  });

  it('repeats no query, here or in the English set', () => {
    const texts = [...queries, ...readRelevanceQueries()].map((query) => query.q.toLowerCase());
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });
});
