import { buildSearchIndex, type Corpus, openAssay } from '../src/index.js';
import { forgetReadings } from '../src/search/read-query.js';
import { allOf, atLeast, atMost, num, type Row, spreadText } from './bench-table.js';
import { spread, timed } from './measure.js';
import {
  MULTILINGUAL_TOP3_TARGET,
  readMultilingualQueries,
  scoreByLanguage,
} from './multilingual-queries.js';
import { assayRanker, MRR_DEPTH } from './relevance-score.js';
import { makeSyntheticCorpus } from './synthetic-corpus.js';

// Issue 9's bench rows: what reading French, Spanish and Portuguese costs a
// search at 10,000 records (the same queries with and without it, alternated
// in one run so both see the same machine), and relevance per language.

const SIZE = 10_000;
const ROUNDS = 3;
/** Language handling may add at most this share to search p95. */
export const LANGUAGE_P95_RATIO = 1.2;

export const LANGUAGE_METHOD = `Languages: at ${SIZE.toLocaleString('en')} synthetic records, every latency query plus the French, Spanish and Portuguese set, searched with language reading (guess, stop words, lexicon, place names) and without (every query read as English), alternating query by query for ${ROUNDS} rounds; the reading cache is emptied before each search so each pays for its own reading. Relevance per language: \`search <q>\` through the core on tests/relevance/queries-fr-es-pt.json.`;

export function benchLanguageCost(shipped: Corpus, englishQueries: readonly string[]): Row {
  const index = buildSearchIndex(makeSyntheticCorpus(shipped, SIZE, 1).records);
  const queries = [...englishQueries, ...readMultilingualQueries().map((query) => query.q)].map(
    (query) => query.split(/\s+/),
  );
  const run = (words: string[], readLanguages: boolean) => {
    forgetReadings();
    return timed(() => index.search(words, { readLanguages })).ms;
  };
  for (const words of queries.slice(0, 20)) run(words, true);
  const withReading: number[] = [];
  const without: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const words of queries) {
      withReading.push(run(words, true));
      without.push(run(words, false));
    }
  const on = spread(withReading);
  const off = spread(without);
  const ratio = on.p95 / off.p95;
  return {
    measure: `search ms with language reading, median / p95 / max (${on.count} runs); MiniSearch column: without`,
    records: SIZE.toLocaleString('en'),
    assay: spreadText(on),
    peer: spreadText(off),
    ratio: `${num(ratio)}× (p95, with ÷ without)`,
    target: `≤ ${LANGUAGE_P95_RATIO}× without`,
    status: atMost(ratio, LANGUAGE_P95_RATIO, '×'),
  };
}

export function languageRelevanceRows(label: string): Row[] {
  const scores = scoreByLanguage(readMultilingualQueries(), assayRanker(openAssay()));
  return scores.map(({ language, score }) => ({
    measure: `relevance ${language}: top-3 / MRR@${MRR_DEPTH}`,
    records: label,
    assay: `${score.hits}/${score.queries} = ${score.top3.toFixed(3)} / ${score.mrr.toFixed(3)}`,
    target: `top-3 ≥ ${MULTILINGUAL_TOP3_TARGET}`,
    status: allOf(atLeast(score.top3, MULTILINGUAL_TOP3_TARGET, '')),
  }));
}
