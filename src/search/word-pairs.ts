import { foldText, isPlainAscii } from '../text/fold-text.js';
import { isStopWord } from './tokenize.js';

// A query's adjacent word pairs and whether a text holds them, as the folded
// text would (foldText): the best hits are checked on every query, and folding
// each of their summaries whole cost a third of a search on a large corpus.

interface PairForm {
  /** The pair as it reads in folded text, spaced: " children work ". */
  spaced: string;
  /** The same pair in plain ASCII text, as folding reads it (see pairPattern). */
  pattern: RegExp;
}

export interface WordPair extends PairForm {
  /**
   * The two words the other way round, which count as well: French, Spanish
   * and Portuguese put most adjectives after the noun ("rapport global",
   * "minería ilegal"), so their English may read in either order.
   */
  reversed?: PairForm;
}

/** Apostrophes vanish in folding ("children's" → "childrens"). */
const GLUE = "['`]*";

/**
 * Folding ASCII lower-cases, drops apostrophes and turns each other run of
 * non-alphanumerics into one space. So in the raw text a folded word may carry
 * apostrophes between its letters, and two words are neighbours when only
 * non-alphanumerics lie between them, at least one of them no apostrophe.
 */
function pairPattern(a: string, b: string): RegExp {
  // Folded words hold only a-z and 0-9: nothing to escape.
  const word = (folded: string) => folded.split('').join(GLUE);
  const between = `${GLUE}[^a-z0-9'\`][^a-z0-9]*`;
  return new RegExp(`(?<![a-z0-9]${GLUE})${word(a)}${between}${word(b)}(?!${GLUE}[a-z0-9])`, 'i');
}

const pairForm = (a: string, b: string): PairForm => ({
  spaced: ` ${a} ${b} `,
  pattern: pairPattern(a, b),
});

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

/** How many of the pairs a text holds side by side, folding it only when it is not plain ASCII. */
export function pairsIn(text: string, pairs: readonly WordPair[]): number {
  return isPlainAscii(text)
    ? pairsInPlain(text, pairs)
    : pairsInFolded(` ${foldText(text)} `, pairs);
}

/** pairsIn for a text known to be plain ASCII. */
export function pairsInPlain(text: string, pairs: readonly WordPair[]): number {
  let count = 0;
  for (const pair of pairs)
    if (pair.pattern.test(text) || pair.reversed?.pattern.test(text) === true) count++;
  return count;
}

/** pairsIn for a text already folded, with a space at each end. */
export function pairsInFolded(spaced: string, pairs: readonly WordPair[]): number {
  let count = 0;
  for (const pair of pairs)
    if (spaced.includes(pair.spaced) || (pair.reversed && spaced.includes(pair.reversed.spaced)))
      count++;
  return count;
}
