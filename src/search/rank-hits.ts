import type { CorpusRecord } from '../corpus/corpus.js';
import { foldText } from '../text/fold-text.js';
import type { IndexData } from './build-search-index.js';
import type { Hit } from './search-index.js';
import { type PairedText, pairedText, pairsIn, type WordPair } from './word-pairs.js';

// Ranking in the spirit of BM25 with field weights: each matched term adds
// rarity × field weight × similarity. Matching more of the words still counts
// (the sum grows, and a coverage factor weighs it), but what counts is how much
// of the query's rarity a record covers, so a common word cannot outrank a rare
// key term and no record is hidden for missing one filler word.

const EXACT_NAME_BONUS = 50;
/** A record is listed when it covers at least this share of the best record's rarity. */
const KEEP_SHARE = 0.5;
/** How much covering the whole query multiplies a score, from 1 (nothing) to 1 + this. */
const COVERAGE_WEIGHT = 1;

export interface Matches {
  words: readonly string[];
  terms: number;
  rarities: readonly number[];
  touched: ArrayLike<number>;
  /** Each doc's summed term scores; rankHits turns a kept doc's into its final score. */
  score: Float64Array;
  mask: Uint32Array;
}

export interface RankedHits {
  /** The docs listed, in `touched` order; their final scores are in `score`. */
  docs: Int32Array;
  /** Bits of the terms that the best-covering records match. */
  union: number;
}

function coveredRarity(mask: number, rarities: readonly number[]): number {
  let sum = 0;
  for (let bit = 0; bit < rarities.length; bit++)
    if (mask & (1 << bit)) sum += rarities[bit] as number;
  return sum;
}

/** Up to this many terms, the rarity of every mask is tabled once per query (2^terms sums). */
const TABLED_TERMS = 12;

/**
 * The rarity a mask covers, read from a table when the query is short: a large
 * corpus touches thousands of records but few distinct masks. Each entry adds
 * the highest bit last, the order coveredRarity adds in, so the sums are equal.
 */
function rarityOfMask(rarities: readonly number[]): (mask: number) => number {
  if (rarities.length > TABLED_TERMS) return (mask) => coveredRarity(mask, rarities);
  const table = new Float64Array(1 << rarities.length);
  for (let mask = 1; mask < table.length; mask++) {
    const high = 31 - Math.clz32(mask);
    table[mask] = (table[mask ^ (1 << high)] as number) + (rarities[high] as number);
  }
  return (mask) => table[mask] as number;
}

function popcount(value: number): number {
  let count = 0;
  let rest = value;
  while (rest) {
    rest &= rest - 1;
    count++;
  }
  return count;
}

export function rankHits(data: IndexData, matches: Matches): RankedHits {
  const { rarities, touched, score, mask } = matches;
  const totalRarity = rarities.reduce((sum, value) => sum + value, 0) || 1;
  // The records named exactly as the query: looked up once, not checked per hit.
  const named = new Set(data.docsNamed.get(foldText(matches.words.join(' '))));
  const covered = new Float64Array(touched.length);
  const rarityOf = rarityOfMask(rarities);
  let best = 0;
  for (let at = 0; at < touched.length; at++) {
    const value = rarityOf(mask[touched[at] as number] as number);
    covered[at] = value;
    if (value > best) best = value;
  }
  const docs = new Int32Array(touched.length);
  let kept = 0;
  let union = 0;
  for (let at = 0; at < touched.length; at++) {
    const doc = touched[at] as number;
    const share = covered[at] as number;
    if (share < best * KEEP_SHARE) continue;
    if (share === best) union |= mask[doc] as number;
    let value = (score[doc] as number) * (1 + (COVERAGE_WEIGHT * share) / totalRarity);
    if (named.size > 0 && named.has(doc)) value += EXACT_NAME_BONUS;
    score[doc] = value;
    docs[kept++] = doc;
  }
  return { docs: docs.subarray(0, kept), union };
}

/** A hit for a doc that rankHits kept. */
export function hitOf(data: IndexData, matches: Matches, doc: number): Hit {
  return {
    record: data.records[doc] as Hit['record'],
    score: matches.score[doc] as number,
    covered: popcount(matches.mask[doc] as number),
    doc,
  };
}

/** How many of the best hits are checked for the query's word pairs. */
const PAIR_DEPTH = 30;

/**
 * The title and summary of each record met among the best hits, as the pair
 * check reads them (folded, with its pairs' hashes): the same records come up
 * query after query, and folding a summary each time cost more than checking
 * it. About the size of the record's own text.
 */
const pairedTexts = new WeakMap<CorpusRecord, PairedText>();

/** How many of the pairs the record's title and summary hold. */
function pairsInRecord(record: CorpusRecord, pairs: readonly WordPair[]): number {
  let paired = pairedTexts.get(record);
  if (paired === undefined) {
    paired = pairedText(`${record.title} ${record.summary}`);
    pairedTexts.set(record, paired);
  }
  return pairsIn(paired, pairs);
}

/**
 * Records that hold the query's words side by side, as typed, move up among
 * the best hits (a phrase says more than the same words apart). `hits` is in
 * rank order; only the first PAIR_DEPTH are looked at.
 */
export function boostWordPairs(
  hits: Hit[],
  pairs: readonly WordPair[],
  meanRarity: number,
  order: (a: Hit, b: Hit) => number,
): void {
  if (pairs.length === 0) return;
  const top = hits.slice(0, PAIR_DEPTH);
  for (const hit of top) hit.score += pairsInRecord(hit.record, pairs) * meanRarity;
  top.sort(order);
  hits.splice(0, top.length, ...top);
}
