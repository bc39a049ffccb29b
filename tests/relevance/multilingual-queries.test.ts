import { describe, expect, it } from 'vitest';
import {
  MULTILINGUAL_LANGUAGES,
  readMultilingualQueries,
} from '../../bench/multilingual-queries.js';
import { expectedIds, readRelevanceQueries, TOP_K } from '../../bench/relevance-score.js';
import { openAssay } from '../../src/index.js';

// The set's shape; relevance.test.ts scores it per language.
const queries = readMultilingualQueries();
const assay = openAssay();

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
    const unknown = queries.flatMap((query) =>
      expectedIds(query).filter((id) => !assay.corpus.byId.has(id)),
    );
    expect(unknown).toEqual([]);
    const badCount = queries.filter((query) =>
      query.topFrom
        ? query.expect !== undefined || query.topFrom.length === 0
        : (query.expect ?? []).length === 0 || (query.expect ?? []).length > TOP_K,
    );
    expect(badCount.map((query) => query.q)).toEqual([]);
  });

  it('repeats no query, here or in the English set', () => {
    const texts = [...queries, ...readRelevanceQueries()].map((query) => query.q.toLowerCase());
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });
});
