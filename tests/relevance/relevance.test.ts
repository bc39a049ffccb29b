import { describe, expect, it } from 'vitest';
import { formatCounts, readCountQueries, scoreCounts } from '../../bench/count-score.js';
import {
  MULTILINGUAL_TOP3_TARGET,
  readMultilingualQueries,
  scoreByLanguage,
  TYPED_LANGUAGE_FLOOR,
  TYPED_TOP3_TARGET,
} from '../../bench/multilingual-queries.js';
import {
  assayRanker,
  expectedIds,
  formatRelevance,
  readRelevanceQueries,
  scoreRelevance,
  TOP_K,
  TOP3_TARGET,
} from '../../bench/relevance-score.js';
import { openAssay } from '../../src/index.js';

const assay = openAssay();
const queries = readRelevanceQueries();

describe('the relevance set', () => {
  it('has at least 70 queries, each expecting up to three records that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(70);
    const unknown = queries.flatMap((query) =>
      expectedIds(query).filter((id) => !assay.corpus.byId.has(id)),
    );
    expect(unknown).toEqual([]);
    const tooMany = queries.filter((query) =>
      query.topFrom
        ? query.expect !== undefined || query.topFrom.length === 0
        : (query.expect ?? []).length === 0 || (query.expect ?? []).length > TOP_K,
    );
    expect(tooMany.map((query) => query.q)).toEqual([]);
  });

  it('has no query twice', () => {
    const texts = queries.map((query) => query.q.toLowerCase());
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });
});

describe('search ranks what a facilitator wants first', () => {
  it(`puts the expected records in the top ${TOP_K} for at least ${TOP3_TARGET * 100}% of queries`, () => {
    const score = scoreRelevance(queries, assayRanker(assay));
    const report = formatRelevance('Assay', score);
    console.log(report);
    expect(score.top3, report).toBeGreaterThanOrEqual(TOP3_TARGET);
  });
});

describe('search ranks answers to French, Spanish and Portuguese questions', () => {
  const scores = scoreByLanguage(readMultilingualQueries(), assayRanker(assay));

  it.each(scores)(
    `puts the expected records in the top ${TOP_K} for at least ${MULTILINGUAL_TOP3_TARGET * 100}% of $language queries`,
    ({ language, score }) => {
      const report = formatRelevance(`Assay ${language}`, score);
      console.log(report);
      expect(score.top3, report).toBeGreaterThanOrEqual(MULTILINGUAL_TOP3_TARGET);
    },
  );
});

describe('search ranks answers to French, Spanish and Portuguese typed as people type', () => {
  const typed = readMultilingualQueries('queries-typed.json');
  const rank = assayRanker(assay);

  it(`puts the expected records in the top ${TOP_K} for at least ${TYPED_TOP3_TARGET * 100}% of the set`, () => {
    const score = scoreRelevance(typed, rank);
    const report = formatRelevance('Assay typed fr+es+pt', score);
    console.log(report);
    expect(score.top3, report).toBeGreaterThanOrEqual(TYPED_TOP3_TARGET);
  });

  it.each(scoreByLanguage(typed, rank))(
    `puts them there for at least ${TYPED_LANGUAGE_FLOOR * 100}% of $language queries`,
    ({ language, score }) => {
      const report = formatRelevance(`Assay typed ${language}`, score);
      console.log(report);
      expect(score.top3, report).toBeGreaterThanOrEqual(TYPED_LANGUAGE_FLOOR);
    },
  );
});

describe('counts a meeting reads out', () => {
  const counts = readCountQueries();

  it('has hand counts for regions, organisations, donors and types', () => {
    expect(counts.length).toBeGreaterThanOrEqual(25);
  });

  it('match the hand counts, every one', () => {
    const score = scoreCounts(assay, counts);
    const report = formatCounts('Assay', score);
    console.log(report);
    expect(score.misses, report).toEqual([]);
  });
});
