import type { IndexData } from './build-search-index.js';
import type { SearchOptions } from './search-index.js';
import type { SearchTerm } from './search-terms.js';
import { type Alternative, alternativesFor } from './term-alternatives.js';

// Gathering: every record a query's terms match, with each term's best match
// summed into its score and a bit per term in its mask. A broad query touches
// most records, so the arrays over every record are made once per index.

/** Arrays over every record, kept per index and reused: searches run one at a time. */
interface Scratch {
  score: Float64Array;
  mask: Uint32Array;
  termBest: Float64Array;
  /** The records touched, in the order first touched: `touchedCount` of them. */
  touched: Int32Array;
  /** The records the current term touched, when it has several alternatives. */
  termDocs: Int32Array;
}

export interface Gathered extends Scratch {
  touchedCount: number;
  rarities: number[];
  unknownWords: string[];
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
      touched: new Int32Array(total),
      termDocs: new Int32Array(total),
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
  into: Gathered,
): void {
  const { touched, score, mask, termBest, termDocs } = into;
  const only = alternatives.length === 1;
  let touchedCount = into.touchedCount;
  let termCount = 0;
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
        if (seen === 0) touched[touchedCount++] = doc;
        mask[doc] = seen | bit;
        score[doc] = (score[doc] as number) + value;
      } else if ((seen & bit) === 0) {
        if (seen === 0) touched[touchedCount++] = doc;
        mask[doc] = seen | bit;
        termBest[doc] = value;
        termDocs[termCount++] = doc;
      } else if (value > (termBest[doc] as number)) {
        termBest[doc] = value;
      }
    }
  }
  into.touchedCount = touchedCount;
  for (let at = 0; at < termCount; at++) {
    const doc = termDocs[at] as number;
    score[doc] = (score[doc] as number) + (termBest[doc] as number);
  }
}

/** Every record any term matches, with each term's best match summed into its score. */
export function gather(
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

/** A gathering on the index's arrays (clean, as clearGathered leaves them). */
export function startGathering(data: IndexData, unknownWords: string[]): Gathered {
  return { ...scratchOf(data), touchedCount: 0, rarities: [], unknownWords };
}

/** Zeroes what the gathering touched, for the next search. */
export function clearGathered({ touched, touchedCount, score, mask }: Gathered): void {
  // A broad query touches much of the corpus: zeroing the arrays whole is then quicker.
  if (touchedCount * 8 > score.length) {
    score.fill(0);
    mask.fill(0);
    return;
  }
  for (let at = 0; at < touchedCount; at++) {
    const doc = touched[at] as number;
    score[doc] = 0;
    mask[doc] = 0;
  }
}
