import { openAssay } from '../src/index.js';
import { readMultilingualQueries, scoreByLanguage } from './multilingual-queries.js';
import { assayRanker, formatRelevance, scoreRelevance } from './relevance-score.js';

// Scores issue 9's French, Spanish and Portuguese relevance sets, per language
// and overall, with every miss:
//   npm run build && node dist/bench/relevance-multilingual.js
// relevance.test.ts asserts the same scores; run-bench.ts reports them.

const rank = assayRanker(openAssay());
for (const set of ['queries-fr-es-pt.json', 'queries-typed.json'] as const) {
  const queries = readMultilingualQueries(set);
  console.log(`${set}:`);
  for (const { language, score } of scoreByLanguage(queries, rank))
    console.log(formatRelevance(`Assay ${language}`, score));
  const all = scoreRelevance(queries, rank);
  console.log(
    `Assay fr+es+pt: top-3 ${all.hits}/${all.queries}, ${all.queries - all.hits} fail (MRR@10 ${all.mrr.toFixed(3)})`,
  );
}
