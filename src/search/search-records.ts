import type { CorpusRecord } from '../corpus/corpus.js';
import type { IndexData } from './build-search-index.js';
import { boostWordPairs, hitOf, type Matches, rankHits } from './rank-hits.js';
import { compareByRank, orderDocs } from './rank-order.js';
import type { Hit, SearchOptions, SearchOutcome } from './search-index.js';
import { type SearchTerm, searchTerms } from './search-terms.js';
import { type Alternative, alternativesFor } from './term-alternatives.js';

// Matching: each query term's alternatives (the word, its expansions, prefixes
// and typo matches) are looked up in the postings; rank-hits.ts scores them and
// rank-order.ts puts them best first.

const MAX_TERMS = 31; // one bit per term in a 32-bit mask

interface Gathered {
  touched: number[];
  score: Float64Array;
  mask: Uint32Array;
  rarities: number[];
  unknownWords: string[];
}

/** Arrays over every record, kept per index and reused: searches run one at a time. */
interface Scratch {
  score: Float64Array;
  mask: Uint32Array;
  termBest: Float64Array;
}

const scratches = new WeakMap<IndexData, Scratch>();

function scratchOf(data: IndexData): Scratch {
  let scratch = scratches.get(data);
  if (!scratch) {
    const total = data.records.length;
    scratch = {
      score: new Float64Array(total),
      mask: new Uint32Array(total),
      termBest: new Float64Array(total),
    };
    scratches.set(data, scratch);
  }
  return scratch;
}

/** Adds one term's matches: its best alternative per record, or the one alternative directly. */
function addTerm(
  data: IndexData,
  alternatives: readonly Alternative[],
  bit: number,
  rarity: number,
  into: Gathered & Scratch,
): void {
  const { touched, score, mask, termBest } = into;
  const only = alternatives.length === 1;
  const termDocs: number[] = [];
  for (const { token, similarity } of alternatives) {
    const postings = data.postings.get(token);
    if (!postings) continue;
    const { docs, weights } = postings;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      const value = similarity * (weights[i] as number) * rarity;
      const seen = mask[doc] as number;
      // A token lists a record once: with one alternative, its value is the term's best.
      if (only) {
        if (seen === 0) touched.push(doc);
        mask[doc] = seen | bit;
        score[doc] = (score[doc] as number) + value;
      } else if ((seen & bit) === 0) {
        if (seen === 0) touched.push(doc);
        mask[doc] = seen | bit;
        termBest[doc] = value;
        termDocs.push(doc);
      } else if (value > (termBest[doc] as number)) {
        termBest[doc] = value;
      }
    }
  }
  for (const doc of termDocs) score[doc] = (score[doc] as number) + (termBest[doc] as number);
}

/** Every record any term matches, with each term's best match summed into its score. */
function gather(
  data: IndexData,
  terms: readonly SearchTerm[],
  options: SearchOptions,
  into: Gathered & Scratch,
): void {
  const total = data.records.length;
  terms.forEach((term, position) => {
    const typing = options.prefixLast === true && position === terms.length - 1;
    const alternatives = alternativesFor(data, term, typing);
    if (alternatives.length === 0) into.unknownWords.push(term.typed);
    // Rarity belongs to the term, not to the variant matched: a rare completion
    // or misspelling ("mercurio" for "merc") must not outrank the common word.
    let frequency = 0;
    for (const { token } of alternatives) frequency += data.postings.get(token)?.docs.length ?? 0;
    const rarity = Math.log(1 + total / Math.max(1, frequency));
    into.rarities.push(alternatives.length === 0 ? 0 : rarity);
    addTerm(data, alternatives, 1 << position, rarity, into);
  });
}

/** The gathered records kept, scored, best first; hits only for those asked for. */
function rank(
  data: IndexData,
  read: { terms: readonly SearchTerm[]; words: readonly string[] },
  options: SearchOptions,
  gathered: Gathered,
  outcome: SearchOutcome,
): void {
  const { touched, score, mask, rarities } = gathered;
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
    boostWordPairs(hits, words, meanRarity, compareByRank(data.tie));
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
  const scratch = scratchOf(data);
  const gathered = { ...scratch, touched: [], rarities: [], unknownWords: outcome.unknownWords };
  try {
    gather(data, terms, options, gathered);
    rank(data, { terms, words: read.words }, options, gathered, outcome);
  } finally {
    // Hits carry their scores: the scratch is cleared for the next search.
    for (const doc of gathered.touched) {
      scratch.score[doc] = 0;
      scratch.mask[doc] = 0;
    }
  }
  return outcome;
}
