import { closestWords } from '../text/closest-words.js';
import { foldText } from '../text/fold-text.js';
import { foldedNames, isNamedKey, type NamedKey } from '../vocabulary/value-tables.js';
import { FILTER_TABLES } from './filter-names.js';
import { type ClosedKey, closedValueOf, LONGEST_VALUE } from './foreign-grammar.js';

// A key:value's value, with the words after it that belong to it: a name of
// several words needs no quotes ("country:sierra leone", "pays:Côte d'Ivoire"),
// nor does a closed value in another language ("statut:en cours"), which is
// read into the grammar's English (status:ongoing).

/** A token that is itself a key:value (the next filter, not part of this value). */
export const KEY_VALUE = /^([\p{L}_]+):(.*)$/su;

const MAX_VALUE_WORDS = 6;
const CLOSED_KEYS: readonly string[] = ['status', 'type', 'kind', 'by'];
const isClosedKey = (key: string): key is ClosedKey => CLOSED_KEYS.includes(key);

/** Up to `limit` tokens from `from`, stopping at the next key:value. */
function following(tokens: readonly string[], from: number, limit: number): string[] {
  const words: string[] = [];
  for (let at = from; at < tokens.length && words.length < limit; at++) {
    const token = tokens[at] ?? '';
    if (KEY_VALUE.test(token)) break;
    words.push(token);
  }
  return words;
}

/**
 * How many of the words after a named value belong to it: the most that make a
 * known name, else (when the value alone is unknown) the most that come within
 * a typo of one, so a did-you-mean never keeps a stray word.
 */
function namedWords(key: NamedKey, value: string, words: readonly string[]): number {
  const table = FILTER_TABLES[key];
  const candidate = (count: number) => [value, ...words.slice(0, count)].join(' ');
  for (let count = words.length; count > 0; count--) if (table.find(candidate(count))) return count;
  if (table.find(value) || value.includes(',')) return 0;
  for (let count = words.length; count > 0; count--) {
    const folded = foldText(candidate(count));
    if (folded.length > 3 && closestWords(folded, foldedNames(table), 1).length > 0) return count;
  }
  return 0;
}

/** A closed value in another language, each of several (`statut:en cours,terminé`), in English. */
function closedValue(
  key: ClosedKey,
  value: string,
  words: readonly string[],
): { value: string; taken: number } {
  for (let count = words.length; count > 0; count--) {
    const english = closedValueOf(key, [value, ...words.slice(0, count)].join(' '));
    if (english) return { value: english, taken: count };
  }
  const parts = value.split(',').map((part) => closedValueOf(key, part.trim()) ?? part.trim());
  return { value: parts.join(','), taken: 0 };
}

/** The value of `key` starting with `value`, and how many of the tokens from `from` it took. */
export function readOptionValue(
  key: string,
  value: string,
  tokens: readonly string[],
  from: number,
): { value: string; taken: number } {
  if (isNamedKey(key)) {
    const words = following(tokens, from, MAX_VALUE_WORDS);
    const taken = namedWords(key, value, words);
    return { value: [value, ...words.slice(0, taken)].join(' '), taken };
  }
  if (isClosedKey(key)) return closedValue(key, value, following(tokens, from, LONGEST_VALUE - 1));
  return { value, taken: 0 };
}
