import { foldText } from '../text/fold-text.js';
import { FILTER_VALUES_I18N } from './command-words-table.js';
import { LEXICON_LANGUAGES } from './lexicon-table.js';

/**
 * The French, Spanish and Portuguese words for the values of one closed key
 * (`status`, `type`, `kind`), as typed and folded: "terminé" and "termine"
 * → completed. Words of several words ("en cours") are read by the parser.
 */
export function foreignValueWords(key: 'status' | 'type' | 'kind'): Record<string, string> {
  const words: Record<string, string> = {};
  for (const row of FILTER_VALUES_I18N) {
    const [rowKey, english] = row.english.split(':');
    if (rowKey !== key || english === undefined || english === 'all') continue;
    for (const language of LEXICON_LANGUAGES)
      for (const { text } of row.terms[language]) {
        if (text.includes(' ')) continue;
        words[text.toLowerCase()] ??= english;
        words[foldText(text)] ??= english;
      }
  }
  return words;
}
