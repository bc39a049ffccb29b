import type { CorpusRecord } from '../corpus/corpus.js';
import type { IndexData } from './build-search-index.js';
import { boostWordPairs, hitOf, type Matches, rankHits } from './rank-hits.js';
import { compareByRank, orderDocs } from './rank-order.js';
import type { Hit, SearchOptions, SearchOutcome } from './search-index.js';
import { type SearchTerm, searchTerms } from './search-terms.js';
import { alternativesFor } from './term-alternatives.js';

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

/** Every record any term matches, with each term's best match summed into its score. */
function gather(data: IndexData, terms: readonly SearchTerm[], options: SearchOptions): Gathered {
  const total = data.records.length;
  const score = new Float64Array(total);
  const mask = new Uint32Array(total);
  const termBest = new Float64Array(total);
  const gathered: Gathered = { touched: [], score, mask, rarities: [], unknownWords: [] };
  const { touched } = gathered;
  terms.forEach((term, position) => {
    const typing = options.prefixLast === true && position === terms.length - 1;
    const alternatives = alternativesFor(data, term, typing);
    if (alternatives.length === 0) gathered.unknownWords.push(term.typed);
    const bit = 1 << position;
    const termDocs: number[] = [];
    // Rarity belongs to the term, not to the variant matched: a rare completion
    // or misspelling ("mercurio" for "merc") must not outrank the common word.
    let frequency = 0;
    for (const { token } of alternatives) frequency += data.postings.get(token)?.docs.length ?? 0;
    const rarity = Math.log(1 + total / Math.max(1, frequency));
    gathered.rarities.push(alternatives.length === 0 ? 0 : rarity);
    for (const { token, similarity } of alternatives) {
      const postings = data.postings.get(token);
      if (!postings) continue;
      for (let i = 0; i < postings.docs.length; i++) {
        const doc = postings.docs[i] as number;
        const value = similarity * (postings.weights[i] as number) * rarity;
        if (((mask[doc] as number) & bit) === 0) {
          if (mask[doc] === 0) touched.push(doc);
          mask[doc] = (mask[doc] as number) | bit;
          termBest[doc] = value;
          termDocs.push(doc);
        } else if (value > (termBest[doc] as number)) {
          termBest[doc] = value;
        }
      }
    }
    for (const doc of termDocs) score[doc] = (score[doc] as number) + (termBest[doc] as number);
  });
  return gathered;
}

export function searchRecords(
  data: IndexData,
  typedWords: readonly string[],
  options: SearchOptions = {},
): SearchOutcome {
  const read = searchTerms(data, typedWords, options);
  const { words } = read;
  const terms = read.terms.slice(0, MAX_TERMS);
  const outcome: SearchOutcome = {
    hits: [],
    terms: terms.map((term) => term.typed),
    unmatched: [],
    unknownWords: [],
  };
  if (terms.length === 0) return outcome;

  const { touched, score, mask, rarities, unknownWords } = gather(data, terms, options);
  outcome.unknownWords = unknownWords;
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
    boostWordPairs(outcome.hits, words, meanRarity, compareByRank(data.tie));
  }
  outcome.unmatched = terms
    .filter((_, position) => (ranked.union & (1 << position)) === 0)
    .map((term) => term.typed);
  return outcome;
}
