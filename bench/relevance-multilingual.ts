import { openAssay } from '../src/index.js';
import { MULTILINGUAL_LANGUAGES, readMultilingualQueries } from './multilingual-queries.js';
import { assayRanker, formatRelevance, scoreRelevance } from './relevance-score.js';

// Scores issue 9's French, Spanish and Portuguese relevance set against the
// code as it is, per language and overall:
//   npm run build && node dist/bench/relevance-multilingual.js
// A report, not a test: relevance.test.ts runs this set once the multilingual
// matcher exists.

const queries = readMultilingualQueries();
const rank = assayRanker(openAssay());
for (const language of MULTILINGUAL_LANGUAGES) {
  const subset = queries.filter((query) => query.lang === language);
  console.log(formatRelevance(`Assay ${language}`, scoreRelevance(subset, rank)));
}
const all = scoreRelevance(queries, rank);
console.log(
  `Assay fr+es+pt: top-3 ${all.hits}/${all.queries}, ${all.queries - all.hits} fail (MRR@10 ${all.mrr.toFixed(3)})`,
);
