import { foldText } from '../text/fold-text.js';
import { LEXICON_LANGUAGES, type LexiconLanguage } from '../vocabulary/lexicon-table.js';
import { STOP_WORDS } from '../vocabulary/stop-words-i18n.js';
import { typoOf } from './correct-typos.js';
import {
  ENGLISH_STEMS,
  ENGLISH_WORDS,
  LANGUAGE_TABLES,
  type LanguageTable,
  PLACE_SPELLINGS,
} from './language-tables.js';
import type { Match, MatchesByLanguage, Words } from './match-terms.js';
import { isFillerWord, stem } from './tokenize.js';

// Which language a query is in, from its own words: stop words count once,
// the field's terms twice, the asker's locale breaks a tie. English wins a tie.

export type QueryLanguage = 'en' | LexiconLanguage;

/** Evidence a stop word gives; a term of the field counts double. */
const TERM_EVIDENCE = 2;
/** What the asker's locale adds to its language: enough to break a tie, not to outvote the words. */
const HINT_EVIDENCE = 1.5;

export function languageOfLocale(locale: string | undefined): QueryLanguage | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return code === 'en' || code === 'fr' || code === 'es' || code === 'pt' ? code : undefined;
}

/** A word (or plural) of the lexicon's English. */
const isEnglishWord = (word: string) => ENGLISH_WORDS.has(word) || ENGLISH_STEMS.has(stem(word));

/**
 * A term is evidence of its language when typed as the lexicon spells it, or
 * when it is several words (two stems in a row do not meet by chance; one may:
 * English "safe" stems like Portuguese "safira"), and no word of it is also
 * English ("informal", "cobalt"; "mines d'or" is evidence, "mines" alone is not).
 * A term found through a typo is evidence by its other words only ("trabalho
 * infantl" by "trabalho"): the typo may be an English word's.
 */
export function isEvidence(table: LanguageTable, words: Words, match: Match): boolean {
  const { start, end, translation } = match;
  if (translation.neutral) return false;
  const typed = words.folded.slice(start, end);
  const content = typed.filter(
    (word, at) =>
      !table.stops.has(word) &&
      !(match.typos && typoOf(table.language, words.raw[start + at] as string, word)),
  );
  if (content.every((word) => isEnglishWord(word) || PLACE_SPELLINGS.has(word))) return false;
  if (translation.keys.length > 1) return true;
  const spelled = translation.skipsStopWords ? translation.spelled.split(' ') : typed;
  return typed.filter((word) => spelled.includes(word)).join(' ') === translation.spelled;
}

/** The language with the most evidence; English when none has any, or on a tie with it. */
export function guessLanguage(
  words: Words,
  found: MatchesByLanguage,
  hint: QueryLanguage | undefined,
): QueryLanguage {
  const scores: Record<QueryLanguage, number> = { en: 0, fr: 0, es: 0, pt: 0 };
  for (const word of words.folded) if (isFillerWord(word) || isEnglishWord(word)) scores.en++;
  for (const language of LEXICON_LANGUAGES) {
    const table = LANGUAGE_TABLES[language];
    for (const word of words.folded) if (table.stops.has(word)) scores[language]++;
    for (const match of found[language])
      if (isEvidence(table, words, match)) scores[language] += TERM_EVIDENCE;
  }
  if (hint) scores[hint] += HINT_EVIDENCE;
  let best: QueryLanguage = 'en';
  for (const language of [hint, ...LEXICON_LANGUAGES])
    if (language && scores[language] > scores[best]) best = language;
  return best;
}

let foreignStops: ReadonlySet<string> | undefined;

/** A stop word of French, Spanish or Portuguese, folded (as each table's `stops`). */
function isForeignStopWord(word: string): boolean {
  foreignStops ??= new Set(
    LEXICON_LANGUAGES.flatMap((language) => [...STOP_WORDS[language]].map(foldText)),
  );
  return foreignStops.has(word);
}

/**
 * English without building the other languages' tables, where guessLanguage could answer
 * nothing else: no other locale hinted, and every word English (a point for English, and at
 * most one for a language whose stop word it also is) or a place name that is no stop word (a
 * point for nobody). No term can be evidence, which needs a word that is neither; so an English
 * reading puts nothing into English either (foreign-in-english.ts): the words stay as typed.
 */
export function isPlainlyEnglish(words: Words, hint: QueryLanguage | undefined): boolean {
  if (hint !== undefined && hint !== 'en') return false;
  return words.folded.every(
    (word) => isEnglishWord(word) || (PLACE_SPELLINGS.has(word) && !isForeignStopWord(word)),
  );
}
