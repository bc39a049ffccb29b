import { foldText } from '../text/fold-text.js';
import { isStopWord } from './tokenize.js';

// A query's adjacent word pairs and whether a text holds them side by side,
// as its folded text reads (foldText). The best hits are checked on every
// query: rank-hits.ts keeps each record's pairs once made.

export interface WordPair {
  /** The two folded words, one space between: "children work". */
  joined: string;
  /**
   * The two words the other way round, which count as well: French, Spanish
   * and Portuguese put most adjectives after the noun ("rapport global",
   * "minería ilegal"), so their English may read in either order.
   */
  reversed?: string;
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
    const pair: WordPair = { joined: `${a} ${b}` };
    if (eitherWay && a !== b) pair.reversed = `${b} ${a}`;
    pairs.push(pair);
  }
  return pairs;
}

/** Every two neighbouring words of a text, folded, as WordPair.joined spells them. */
export function textPairs(text: string): ReadonlySet<string> {
  const words = foldText(text).split(' ');
  const pairs = new Set<string>();
  for (let at = 0; at + 1 < words.length; at++) pairs.add(`${words[at]} ${words[at + 1]}`);
  return pairs;
}

/** How many of the pairs a text holds side by side (either way round where a pair allows). */
export function pairsIn(text: string, pairs: readonly WordPair[]): number {
  return pairsAmong(textPairs(text), pairs);
}

/** pairsIn for a text's textPairs. */
export function pairsAmong(among: ReadonlySet<string>, pairs: readonly WordPair[]): number {
  let count = 0;
  for (const pair of pairs)
    if (among.has(pair.joined) || (pair.reversed !== undefined && among.has(pair.reversed)))
      count++;
  return count;
}
