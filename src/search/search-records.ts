import type { CorpusRecord } from '../corpus/corpus.js';
import type { IndexData } from './build-search-index.js';
import { clearGathered, type Gathered, gather, startGathering } from './gather-matches.js';
import { boostWordPairs, hitOf, type Matches, rankHits } from './rank-hits.js';
import { compareByRank, orderDocs } from './rank-order.js';
import type { Hit, SearchOptions, SearchOutcome } from './search-index.js';
import { type SearchTerm, searchTerms } from './search-terms.js';
import { wordPairs } from './word-pairs.js';

// Matching: each query term's alternatives (the word, its expansions, prefixes
// and typo matches) are looked up in the postings; rank-hits.ts scores them and
// rank-order.ts puts them best first.

const MAX_TERMS = 31; // one bit per term in a 32-bit mask

/** The gathered records kept, scored, best first; hits only for those asked for. */
function rank(
  data: IndexData,
  read: { terms: readonly SearchTerm[]; words: readonly string[]; pairsEitherWay?: boolean },
  options: SearchOptions,
  gathered: Gathered,
  outcome: SearchOutcome,
): void {
  const { score, mask, rarities } = gathered;
  const touched = gathered.touched.subarray(0, gathered.touchedCount);
  const { terms, words } = read;
  const { filter } = options;
  const kept = filter
    ? touched.filter((doc) => filter(data.records[doc] as CorpusRecord))
    : touched;
  const matches: Matches = { words, terms: terms.length, rarities, touched: kept, score, mask };
  const ranked = rankHits(data, matches);
  // Every listed record is ordered (a reply counts and pages them all), but
  // only the hits asked for become objects.
  const ordered = orderDocs(ranked.docs, score, data.tie);
  const shown = options.limit === undefined ? ordered : ordered.subarray(0, options.limit);
  const hits: Hit[] = new Array(shown.length);
  for (let at = 0; at < shown.length; at++) hits[at] = hitOf(data, matches, shown[at] as number);
  outcome.hits = hits;
  if (options.limit === undefined) {
    const meanRarity = rarities.reduce((sum, value) => sum + value, 0) / rarities.length;
    const pairs = wordPairs(words, read.pairsEitherWay === true);
    boostWordPairs(hits, pairs, meanRarity, compareByRank(data.tie));
  }
  outcome.unmatched = terms
    .filter((_, position) => (ranked.union & (1 << position)) === 0)
    .map((term) => term.typed);
}

export function searchRecords(
  data: IndexData,
  typedWords: readonly string[],
  options: SearchOptions = {},
): SearchOutcome {
  const read = searchTerms(data, typedWords, options);
  const terms = read.terms.slice(0, MAX_TERMS);
  const outcome: SearchOutcome = {
    hits: [],
    terms: terms.map((term) => term.typed),
    unmatched: [],
    unknownWords: [],
  };
  if (terms.length === 0) return outcome;
  const gathered = startGathering(data, outcome.unknownWords);
  try {
    gather(data, terms, options, gathered);
    rank(data, { ...read, terms }, options, gathered, outcome);
  } finally {
    // Hits carry their scores: the arrays are cleared for the next search.
    clearGathered(gathered);
  }
  return outcome;
}
