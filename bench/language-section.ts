import { buildSearchIndex, type Corpus, openAssay, type SearchIndex } from '../src/index.js';
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
const ROUNDS = 4;
/** Language handling may add at most this share to search p95. */
export const LANGUAGE_P95_RATIO = 1.2;

export const LANGUAGE_METHOD = `Languages: at ${SIZE.toLocaleString('en')} synthetic records, every latency query plus the French, Spanish and Portuguese set, searched with language reading (guess, stop words, lexicon, place names) and without (every query read as English), alternating query by query for ${ROUNDS} rounds; the reading cache is emptied before each search so each pays for its own reading. Relevance per language: \`search <q>\` through the core on tests/relevance/queries-fr-es-pt.json.`;

type Words = readonly string[];

/**
 * Samples of one query set with and without language reading. Both modes are
 * warmed first (the typo matcher caches its words, so whichever ran second
 * would look faster), then each round alternates which goes first.
 */
function sample(index: SearchIndex, queries: readonly Words[]) {
  const run = (words: Words, readLanguages: boolean) => {
    forgetReadings();
    return timed(() => index.search(words, { readLanguages })).ms;
  };
  for (const words of queries) {
    run(words, true);
    run(words, false);
  }
  const withReading: number[] = [];
  const without: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const words of queries) {
      const first = round % 2 === 0;
      for (const readLanguages of [first, !first])
        (readLanguages ? withReading : without).push(run(words, readLanguages));
    }
  return { on: spread(withReading), off: spread(without) };
}

function costRow(label: string, { on, off }: ReturnType<typeof sample>, target: boolean): Row {
  const ratio = on.p95 / off.p95;
  return {
    measure: `search ms with language reading, median / p95 / max (${on.count} runs), ${label}; MiniSearch column: without`,
    records: SIZE.toLocaleString('en'),
    assay: spreadText(on),
    peer: spreadText(off),
    ratio: `${num(ratio)}× (p95, with ÷ without)`,
    target: target ? `≤ ${LANGUAGE_P95_RATIO}× without` : '',
    status: target ? atMost(ratio, LANGUAGE_P95_RATIO, '×') : '',
  };
}

/** The cost on every query together (the target), and on the English and the other queries apart. */
export function benchLanguageCost(shipped: Corpus, englishQueries: readonly string[]): Row[] {
  const index = buildSearchIndex(makeSyntheticCorpus(shipped, SIZE, 1).records);
  const split = (queries: readonly string[]) => queries.map((query) => query.split(/\s+/));
  const english = split(englishQueries);
  const others = split(readMultilingualQueries().map((query) => query.q));
  return [
    costRow('all queries', sample(index, [...english, ...others]), true),
    costRow('English queries', sample(index, english), false),
    costRow('French, Spanish and Portuguese queries', sample(index, others), false),
  ];
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
