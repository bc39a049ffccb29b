import { foldText } from '../text/fold-text.js';
import { LEXICON_LANGUAGES, type LexiconLanguage } from '../vocabulary/lexicon-table.js';
import { englishPieces } from './foreign-in-english.js';
import {
  guessLanguage,
  isPlainlyEnglish,
  languageOfLocale,
  type QueryLanguage,
} from './guess-language.js';
import { LANGUAGE_TABLES, type TranslationKind } from './language-tables.js';
import {
  findTermsInContext,
  type Match,
  type MatchesByLanguage,
  matchesByLanguage,
  type Words,
} from './match-terms.js';
import { queryWordsAndElisions, typedPhrase } from './query-words.js';

// Reads a query in English, French, Spanish or Portuguese. The language is
// guessed from the query's own words (its stop words, and the field's terms it
// uses), with the asker's locale as a hint; then the field's terms, place names
// and filter words are put into the corpus's English, and the language's stop
// words marked, so the index (built on the corpus's English) can answer.

export type { QueryLanguage } from './guess-language.js';

export interface QueryPiece {
  /** The words as typed, lower case ("mines d'or"). */
  typed: string;
  /** The corpus's English for a term, place or filter word. */
  english?: string;
  /** Where the English comes from. */
  kind?: TranslationKind;
  /** A stop word of the query's language: never searched. */
  stop?: boolean;
}

export interface ReadQuery {
  language: QueryLanguage;
  /**
   * For English, the words exactly as given, unless a foreign name or term
   * is among them (foreign-in-english.ts).
   */
  pieces: QueryPiece[];
}

/** English words that make a mining context for an ambiguous neighbour ("mining or"). */
const ENGLISH_MINING = new Set(['mine', 'mines', 'mining', 'miner', 'miners', 'asm', 'asgm']);

/**
 * An ambiguous term counts beside a mining word (stop words between are
 * skipped), and, when the lexicon says so, right after an elided article:
 * "l'or", "d'or" are gold, the conjunction "or" never follows one.
 */
function inMiningContext(pieces: readonly (QueryPiece & { mining?: boolean })[], at: number) {
  const near = (step: number) => {
    for (let i = at + step; i >= 0 && i < pieces.length; i += step) {
      const piece = pieces[i] as QueryPiece & { mining?: boolean };
      if (piece.stop) continue;
      return piece.mining === true || ENGLISH_MINING.has(foldText(piece.typed));
    }
    return false;
  };
  return near(-1) || near(1);
}

function piecesOf(words: Words, language: LexiconLanguage, found: MatchesByLanguage): QueryPiece[] {
  const table = LANGUAGE_TABLES[language];
  const owner: (Match | undefined)[] = [];
  const claim = (match: Match) => {
    for (let i = match.start; i < match.end; i++) if (owner[i]) return;
    for (let i = match.start; i < match.end; i++) owner[i] = match;
  };
  for (const match of findTermsInContext(language, words, found[language])) claim(match);
  // A term of another of the languages in a mixed query ("travail infantil mineria oro").
  for (const other of LEXICON_LANGUAGES)
    if (other !== language) for (const match of found[other]) claim(match);

  const typed = { words: words.raw, elided: words.elided ?? [] };
  const pieces: (QueryPiece & { mining?: boolean; contextOnly?: boolean })[] = [];
  for (let at = 0; at < words.raw.length; at++) {
    const match = owner[at];
    if (match) {
      const { translation } = match;
      const elidedBefore = match.start > 0 && typed.elided[match.start - 1] === true;
      pieces.push({
        typed: typedPhrase(typed, match.start, match.end),
        english: translation.english,
        kind: translation.kind,
        mining: translation.mining,
        contextOnly: translation.contextOnly && !(translation.afterElision && elidedBefore),
      });
      at = match.end - 1;
    } else if (table.stops.has(words.folded[at] as string)) {
      pieces.push({ typed: words.raw[at] as string, stop: true });
    } else {
      pieces.push({ typed: words.raw[at] as string });
    }
  }
  return pieces.map(({ mining: _mining, contextOnly, ...piece }, at) =>
    contextOnly && !inMiningContext(pieces, at) ? { typed: piece.typed } : piece,
  );
}

const cache = new Map<string, ReadQuery>();
const CACHE_LIMIT = 1000;

/** Empties the cache of readings (the bench times each reading afresh). */
export function forgetReadings(): void {
  cache.clear();
}

export interface ReadOptions {
  /** The asker's locale ("fr", "pt-BR"), when the platform gives it: a hint. */
  locale?: string;
  /** The language, when a first reading of the query already decided it. */
  language?: QueryLanguage;
}

/** Some piece is put into English: the pieces, not the words typed, are searched. */
export function translates(read: ReadQuery): boolean {
  return read.language !== 'en' || read.pieces.some((piece) => piece.english !== undefined);
}

/** The query's language and its pieces. */
export function readQuery(typed: readonly string[], options: ReadOptions = {}): ReadQuery {
  const key = `${options.language ?? ''}\u0000${options.locale ?? ''}\u0000${typed.join('\u0001')}`;
  const known = cache.get(key);
  if (known) return known;
  const read = readAfresh(typed, options);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, read);
  return read;
}

function readAfresh(typed: readonly string[], options: ReadOptions): ReadQuery {
  const { words: raw, elided } = queryWordsAndElisions(typed.join(' '));
  const words: Words = { raw, folded: raw.map(foldText), elided };
  const hint = languageOfLocale(options.locale);
  // The other languages' tables are built only for a query that may hold one of them.
  if ((options.language ?? 'en') === 'en' && isPlainlyEnglish(words, hint))
    return { language: 'en', pieces: typed.map((word) => ({ typed: word })) };
  const found = matchesByLanguage(words);
  const language = options.language ?? guessLanguage(words, found, hint);
  return language === 'en'
    ? { language, pieces: englishPieces(typed, words, found) }
    : { language, pieces: piecesOf(words, language, found) };
}
