import { buildSearchIndex, type Corpus, openAssay, type SearchIndex } from '../src/index.js';
import { forgetReadings, readQuery } from '../src/search/read-query.js';
import { allOf, atLeast, atMost, num, type Row, spreadText } from './bench-table.js';
import { type Spread, spread, timed } from './measure.js';
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
const ROUNDS = 8;
/** Language handling may add at most this share to search p95. */
export const LANGUAGE_P95_RATIO = 1.2;

export const LANGUAGE_METHOD = `Languages: at ${SIZE.toLocaleString('en')} synthetic records, every latency query plus the French, Spanish and Portuguese set, each searched with language reading (guess, stop words, lexicon, place names) and without it, alternating query by query for ${ROUNDS} rounds; the reading cache is emptied before each search so each pays for its own reading. The target compares each search with reading to the same search without the reading's work: the English the reading arrives at (its translated terms in English, its language's little words dropped), typed straight in and searched as English; for an English query that is the query as typed. A last row compares the French, Spanish and Portuguese questions with their own words read as English, which is how Assay searched them before it read those languages: a different, mostly unmatched search, so it also counts the cost of finding the answers (median records listed both ways). Relevance per language: \`search <q>\` through the core on tests/relevance/queries-fr-es-pt.json.`;

type Words = readonly string[];

/** A query and what its search is compared with: the same search without language reading. */
interface Paired {
  words: Words;
  baseline: Words;
}

/**
 * The English a query's reading arrives at, as words typed straight in: its
 * translated pieces in English, its language's little words left out, the rest
 * as typed. For a query read as English and left as typed, the query itself.
 */
export function englishReading(words: Words): string[] {
  const { pieces } = readQuery(words);
  return pieces
    .filter((piece) => !piece.stop)
    .flatMap((piece) => (piece.english ?? piece.typed).split(' '));
}

interface Sampled {
  on: Spread;
  off: Spread;
  /** Median records listed with reading and in the baseline. */
  listed: { on: number; off: number };
}

/**
 * Samples of a query set with reading and its baseline without. Both are warmed
 * first (the typo matcher caches its words, so whichever ran second would look
 * faster), then each round alternates which goes first.
 */
function sample(index: SearchIndex, queries: readonly Paired[]): Sampled {
  const run = (words: Words, readLanguages: boolean) => {
    forgetReadings();
    return timed(() => index.search(words, { readLanguages }));
  };
  const listedOn: number[] = [];
  const listedOff: number[] = [];
  for (const { words, baseline } of queries) {
    listedOn.push(run(words, true).value.hits.length);
    listedOff.push(run(baseline, false).value.hits.length);
  }
  const withReading: number[] = [];
  const without: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const { words, baseline } of queries) {
      const first = round % 2 === 0;
      for (const readLanguages of [first, !first])
        if (readLanguages) withReading.push(run(words, true).ms);
        else without.push(run(baseline, false).ms);
    }
  const median = (counts: number[]) => spread(counts).median;
  return {
    on: spread(withReading),
    off: spread(without),
    listed: { on: median(listedOn), off: median(listedOff) },
  };
}

function costRow(label: string, baseline: string, sampled: Sampled, target: boolean): Row {
  const { on, off, listed } = sampled;
  const ratio = on.p95 / off.p95;
  return {
    measure: `search ms with language reading, median / p95 / max (${on.count} runs), ${label}; MiniSearch column: ${baseline} (median records listed: ${num(listed.on)} with reading, ${num(listed.off)} without)`,
    records: SIZE.toLocaleString('en'),
    assay: spreadText(on),
    peer: spreadText(off),
    ratio: `${num(ratio)}× (p95, with ÷ without)`,
    target: target ? `≤ ${LANGUAGE_P95_RATIO}× without` : '',
    status: target ? atMost(ratio, LANGUAGE_P95_RATIO, '×') : '',
  };
}

/**
 * What reading adds to a search: every query against the same search without
 * the reading's work (the target), the English and the other queries apart, and
 * the other queries against their own words read as English.
 */
export function benchLanguageCost(shipped: Corpus, englishQueries: readonly string[]): Row[] {
  const index = buildSearchIndex(makeSyntheticCorpus(shipped, SIZE, 1).records);
  const paired = (queries: readonly string[]): Paired[] =>
    queries.map((query) => {
      const words = query.split(/\s+/);
      return { words, baseline: englishReading(words) };
    });
  const english = paired(englishQueries);
  const others = paired(readMultilingualQueries().map((query) => query.q));
  const inEnglish = 'the same search on its English reading, without reading';
  return [
    costRow('all queries', inEnglish, sample(index, [...english, ...others]), true),
    costRow('English queries', inEnglish, sample(index, english), false),
    costRow('French, Spanish and Portuguese queries', inEnglish, sample(index, others), false),
    costRow(
      'French, Spanish and Portuguese queries',
      'their own words read as English (before issue 9)',
      sample(
        index,
        others.map(({ words }) => ({ words, baseline: words })),
      ),
      false,
    ),
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
