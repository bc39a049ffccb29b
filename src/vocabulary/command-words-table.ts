import { COMMAND_WORD_ROWS, FILTER_KEY_ROWS, FILTER_VALUE_ROWS } from './command-words-i18n.js';
import { type LexiconLanguage, type LexiconTerm, parseLanguageCells } from './lexicon-table.js';

/** One English command word, filter key or "key:value" with its words in each language. */
export interface TranslatedWord {
  english: string;
  terms: Readonly<Record<LexiconLanguage, readonly LexiconTerm[]>>;
}

export function parseWordRows(rows: string): TranslatedWord[] {
  return rows
    .split('\n')
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const [english = '', ...cells] = row.split('|');
      return { english: english.trim(), terms: parseLanguageCells(cells) };
    });
}

export const COMMAND_WORDS_I18N: readonly TranslatedWord[] = parseWordRows(COMMAND_WORD_ROWS);
export const FILTER_KEYS_I18N: readonly TranslatedWord[] = parseWordRows(FILTER_KEY_ROWS);
export const FILTER_VALUES_I18N: readonly TranslatedWord[] = parseWordRows(FILTER_VALUE_ROWS);
