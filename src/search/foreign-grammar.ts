import { foldText } from '../text/fold-text.js';
import {
  COMMAND_WORDS_I18N,
  FILTER_KEYS_I18N,
  FILTER_VALUES_I18N,
  type TranslatedWord,
} from '../vocabulary/command-words-table.js';
import { LEXICON_LANGUAGES } from '../vocabulary/lexicon-table.js';

// Command words, filter keys and closed filter values in French, Spanish and
// Portuguese (src/vocabulary/command-words-i18n.ts), read into the grammar's
// English: `aide` → help, `pays:` → country:, `statut:en cours` → status:ongoing.
// Compared folded, so "país", "pais" and "PAÍS" are one word.

interface Reading {
  english: string;
  /** Also a field term ("recherche" is research): a command only when words follow. */
  needsWords: boolean;
}

function byFoldedTerm(rows: readonly TranslatedWord[]): Map<string, Reading> {
  const map = new Map<string, Reading>();
  for (const row of rows)
    for (const language of LEXICON_LANGUAGES)
      for (const term of row.terms[language]) {
        const folded = foldText(term.text);
        if (!map.has(folded))
          map.set(folded, { english: row.english, needsWords: term.contextOnly });
      }
  return map;
}

const COMMANDS = byFoldedTerm(COMMAND_WORDS_I18N);
const KEYS = byFoldedTerm(FILTER_KEYS_I18N);
const VALUES = byFoldedTerm(FILTER_VALUES_I18N);

/** The English command a first word names in another language, if any. */
export function commandOfWord(word: string, wordsFollow: boolean): string | undefined {
  const reading = COMMANDS.get(foldText(word));
  return reading && (wordsFollow || !reading.needsWords) ? reading.english : undefined;
}

/** The English filter key (or by:, page:) a key names in another language. */
export function keyOfWord(key: string): string | undefined {
  return KEYS.get(foldText(key))?.english;
}

/** Every key word of the three languages, folded, for did-you-mean. */
export const FOREIGN_KEY_WORDS: readonly string[] = [...KEYS.keys()];

/** Keys whose values are a closed list the rows translate (status:, type:, kind:), and by:. */
export type ClosedKey = 'status' | 'type' | 'kind' | 'by';

/**
 * A value in another language, in English: `statut:terminé` → completed,
 * `by:pays` → country. Undefined when the value is not a foreign word (English
 * values and typos go on to the option's own check and its did-you-mean).
 */
export function closedValueOf(key: ClosedKey, value: string): string | undefined {
  if (key === 'by') return keyOfWord(value);
  const reading = VALUES.get(foldText(value));
  const [rowKey, english] = reading?.english.split(':') ?? [];
  return rowKey === key ? english : undefined;
}

/** The longest number of words (2 or more) a foreign closed value of `key` can run to. */
export const LONGEST_VALUE = Math.max(
  ...[...VALUES.keys()].map((value) => value.split(' ').length),
);

/** Every foreign value word of a key, folded (for did-you-mean beside the English ones). */
export function foreignValuesOf(key: 'status' | 'type' | 'kind'): string[] {
  return [...VALUES]
    .filter(([, reading]) => reading.english.startsWith(`${key}:`))
    .map(([folded]) => folded);
}
