import { foldText } from '../text/fold-text.js';
import { isStopWord } from './tokenize.js';

// A query's adjacent word pairs and whether a text holds them side by side,
// as its folded text reads (foldText). The best hits are checked on every
// query, so a record's text is read once into its folded form and a sorted
// list of the hashes of its neighbouring word pairs (rank-hits.ts keeps it):
// a pair is then looked up, not searched for, and a hash found is confirmed
// in the folded text, so a collision never counts.

interface PairForm {
  /** The pair as it reads in folded text, a space on each side: " children work ". */
  spaced: string;
  /** pairHash of the two words, one space between. */
  hash: number;
}

export interface WordPair extends PairForm {
  /**
   * The two words the other way round, which count as well: French, Spanish
   * and Portuguese put most adjectives after the noun ("rapport global",
   * "minería ilegal"), so their English may read in either order.
   */
  reversed?: PairForm;
}

/** FNV-1a over text[from, to): folded text is ASCII, one byte a character. */
function pairHash(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let at = from; at < to; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash | 0;
}

function pairForm(a: string, b: string): PairForm {
  const joined = `${a} ${b}`;
  return { spaced: ` ${joined} `, hash: pairHash(joined, 0, joined.length) };
}

/**
 * Adjacent pairs of the typed words ("children work"), leaving out pairs with
 * a stop word; `eitherWay` for a query read in French, Spanish or Portuguese.
 */
export function wordPairs(words: readonly string[], eitherWay = false): WordPair[] {
  const folded = foldText(words.join(' ')).split(' ');
  const pairs: WordPair[] = [];
  for (let at = 0; at + 1 < folded.length; at++) {
    const [a, b] = [folded[at] as string, folded[at + 1] as string];
    if (isStopWord(a) || isStopWord(b)) continue;
    const pair: WordPair = pairForm(a, b);
    if (eitherWay && a !== b) pair.reversed = pairForm(b, a);
    pairs.push(pair);
  }
  return pairs;
}

/** A text as the pair check reads it. */
export interface PairedText {
  /** Folded, a space at each end. */
  folded: string;
  /** The hashes of each two neighbouring words, sorted. */
  hashes: Int32Array;
}

const SPACE = 32;

export function pairedText(text: string): PairedText {
  const folded = ` ${foldText(text)} `;
  // Folded text holds single spaces between words: each word starts after one.
  const starts: number[] = [];
  for (let at = 0; at < folded.length - 1; at++)
    if (folded.charCodeAt(at) === SPACE) starts.push(at + 1);
  const hashes = new Int32Array(Math.max(0, starts.length - 1));
  for (let at = 0; at + 1 < starts.length; at++)
    hashes[at] = pairHash(folded, starts[at] as number, (starts[at + 2] ?? folded.length) - 1);
  hashes.sort();
  return { folded, hashes };
}

function hasHash(sorted: Int32Array, hash: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < hash) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low] === hash;
}

const holds = ({ folded, hashes }: PairedText, form: PairForm) =>
  hasHash(hashes, form.hash) && folded.includes(form.spaced);

/** How many of the pairs a text holds side by side (either way round where a pair allows). */
export function pairsIn(text: string | PairedText, pairs: readonly WordPair[]): number {
  const paired = typeof text === 'string' ? pairedText(text) : text;
  let count = 0;
  for (const pair of pairs)
    if (holds(paired, pair) || (pair.reversed !== undefined && holds(paired, pair.reversed)))
      count++;
  return count;
}
