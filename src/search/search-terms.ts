import { foldText } from '../text/fold-text.js';
import type { IndexData } from './build-search-index.js';
import { type QueryPiece, readQuery, translates } from './read-query.js';
import type { SearchOptions } from './search-index.js';
import { isFillerWord, queryTerms, stem } from './tokenize.js';

// The terms a query searches for. English words go through the tokenizer as
// typed; a query read as French, Spanish or Portuguese searches its terms'
// English, drops its language's stop words, and keeps the typed word too, so
// a record titled in that language ("mercurio") still matches it.

export interface SearchTerm {
  /** The words as typed, for notes. */
  typed: string;
  token: string;
  /** Another token the term also matches as well (the typed word of a translated term). */
  also?: string;
  /** A translated term's English word: typos are looked for in it, not in the foreign word typed. */
  english?: string;
}

export interface SearchTerms {
  terms: SearchTerm[];
  /** The words to look for side by side and in titles (English for translated terms). */
  words: string[];
  /** Read in French, Spanish or Portuguese: the words' English may stand side by side in either order. */
  pairsEitherWay?: boolean;
}

/**
 * A run-together word the index does not know ("supplychain", "smallscale")
 * read as its two parts when both are words the index knows.
 */
function splitRunTogether(data: IndexData, words: readonly string[]): string[] {
  return words.flatMap((typed) => {
    const word = foldText(typed);
    if (word.length < 7 || word.includes(' ') || data.postings.has(stem(word))) return [typed];
    for (let at = 3; at <= word.length - 3; at++) {
      const left = word.slice(0, at);
      const right = word.slice(at);
      if (data.postings.has(stem(left)) && data.postings.has(stem(right))) return [left, right];
    }
    return [typed];
  });
}

interface EnglishOf {
  /** Its terms, as queryTerms reads it. */
  terms: readonly { typed: string; token: string }[];
  /** Its words, folded. */
  words: readonly string[];
}

/**
 * The English a translation gives ("child labour", "Democratic Republic of
 * the Congo"), read once each: it comes only from the lexicon and the name
 * tables, a few thousand texts at most, and recurs query after query.
 */
const englishRead = new Map<string, EnglishOf>();

function englishOf(english: string): EnglishOf {
  let read = englishRead.get(english);
  if (!read) {
    const words = foldText(english).split(' ');
    read = { terms: queryTerms(words), words };
    if (englishRead.size < 10_000) englishRead.set(english, read);
  }
  return read;
}

function translatedTerms(piece: QueryPiece & { english: string }): SearchTerm[] {
  const terms: SearchTerm[] = englishOf(piece.english).terms.map(({ token, typed }) => ({
    typed: piece.typed,
    token,
    english: typed,
  }));
  const typedToken = stem(foldText(piece.typed));
  const [only] = terms;
  if (terms.length === 1 && only && !piece.typed.includes(' ') && typedToken !== only.token)
    only.also = typedToken;
  return terms;
}

function piecesTerms(data: IndexData, pieces: readonly QueryPiece[]): SearchTerms {
  const terms: SearchTerm[] = [];
  const words: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    const split = splitRunTogether(data, run);
    terms.push(...queryTerms(split));
    words.push(...split);
    run = [];
  };
  for (const piece of pieces) {
    if (piece.stop) continue;
    if (piece.english === undefined) {
      run.push(piece.typed);
      continue;
    }
    endRun();
    terms.push(...translatedTerms({ ...piece, english: piece.english }));
    words.push(...englishOf(piece.english).words);
  }
  endRun();
  // Filler stays only when the query is nothing else (as queryTerms does for one run).
  const topical = terms.filter((term) => !isFillerWord(term.typed));
  return { terms: topical.length > 0 ? topical : terms, words };
}

export function searchTerms(
  data: IndexData,
  typed: readonly string[],
  options: SearchOptions,
): SearchTerms {
  const read =
    options.readLanguages === false
      ? undefined
      : readQuery(typed, { locale: options.locale, language: options.language });
  if (read && translates(read))
    return { ...piecesTerms(data, read.pieces), pairsEitherWay: read.language !== 'en' };
  const words = splitRunTogether(data, typed);
  return { terms: queryTerms(words), words };
}
