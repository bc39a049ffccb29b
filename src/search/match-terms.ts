import { editsWithin } from '../text/closest-words.js';
import { foldText, isPlainAscii } from '../text/fold-text.js';
import type { LexiconLanguage } from '../vocabulary/lexicon-table.js';
import { correctTypos } from './correct-typos.js';
import { LANGUAGE_TABLES, type LanguageTable, type Translation } from './language-tables.js';

// Finds the lexicon's terms, place names and filter words in a query's words:
// the longest first, by stem for the field's terms (stemmed with their accents
// and without), by spelling for names and filter words.

export interface Match {
  start: number;
  end: number;
  translation: Translation;
  /** How many of its words were typos read as the term's words. */
  typos?: number;
}

/** Edits between a one-word term and a word that shares its stem: an inflection, not a chance. */
const MAX_INFLECTION = 2;

export interface Words {
  raw: readonly string[];
  folded: readonly string[];
  /** raw[i] is an elided article written onto raw[i + 1] ("l'or"). */
  elided?: readonly boolean[];
}

/** Letters folded once each: a query's words are compared with many terms' words. */
const foldedLetters = new Map<string, string>();

function foldLetter(letter: string): string {
  let folded = foldedLetters.get(letter);
  if (folded === undefined) {
    // Any character can be typed: keep the table small.
    if (foldedLetters.size >= 4096) foldedLetters.clear();
    folded = foldText(letter);
    foldedLetters.set(letter, folded);
  }
  return folded;
}

/**
 * The typed word puts an accent where the term's word has the bare letter:
 * another word, not a missing accent ("traité", a treaty, is not "traite",
 * trafficking). Only the letters before the two spellings part are compared,
 * so an inflection ("mineração", "minerações") still matches.
 */
export function addsAccent(typed: string, written: string): boolean {
  if (isPlainAscii(typed)) return false;
  const a = [...typed.normalize('NFC')];
  const b = [...written.normalize('NFC')];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i] as string, b[i] as string];
    const bare = foldLetter(x);
    if (bare !== foldLetter(y)) return false;
    if (x !== y && x !== bare && y === bare) return true;
  }
  return false;
}

/** A word, typed (`raw`) and folded, is the term's word `k`. */
function wordIs(table: LanguageTable, raw: string, folded: string, t: Translation, k: number) {
  const key = t.keys[k] as string;
  if (t.kind !== 'term') return folded === key;
  const stemMatches = table.stem(raw) === key || table.stem(folded) === key;
  // One word alone meets another's stem by chance ("trabalhando", "trabalhadores"):
  // it must also be spelled within an inflection of it.
  return (
    stemMatches &&
    (t.keys.length > 1 || editsWithin(folded, t.spelled, MAX_INFLECTION) <= MAX_INFLECTION) &&
    !addsAccent(raw, t.accented[k] ?? '')
  );
}

/** The typed word at `at` is the term's word `k`. */
function wordMatches(table: LanguageTable, words: Words, at: number, t: Translation, k: number) {
  return wordIs(table, words.raw[at] as string, words.folded[at] as string, t, k);
}

type FirstWords = Map<string, { folded: string; translations: readonly Translation[] }>;

/** Per table, the translations each word met so far is the first word of. */
const firstWordMemos = new WeakMap<LanguageTable, FirstWords>();

/**
 * The translations a word is the first word of, kept per word as the table
 * keeps the translations that may start at it: a meeting's words come back
 * query after query, and checking each candidate is most of finding terms.
 */
function firstWordOf(table: LanguageTable, raw: string, folded: string): readonly Translation[] {
  let memo = firstWordMemos.get(table);
  if (!memo) {
    memo = new Map();
    firstWordMemos.set(table, memo);
  }
  const known = memo.get(raw);
  if (known !== undefined && known.folded === folded) return known.translations;
  const translations = table
    .startingAt(raw, folded)
    .filter((translation) => wordIs(table, raw, folded, translation, 0));
  // Any word can be typed: keep the memo bounded.
  if (memo.size >= 50_000) memo.clear();
  memo.set(raw, { folded, translations });
  return translations;
}

/** Where `t` ends when it starts at `at`, or -1. */
function endOf(table: LanguageTable, words: Words, at: number, t: Translation): number {
  let next = at + 1;
  for (let k = 1; k < t.keys.length; k++) {
    while (
      t.skipsStopWords &&
      next < words.raw.length &&
      table.stops.has(words.folded[next] as string) &&
      !wordMatches(table, words, next, t, k)
    )
      next++;
    if (next >= words.raw.length || !wordMatches(table, words, next, t, k)) return -1;
    next++;
  }
  return next;
}

/**
 * On a tie in length: the term typed as spelled (a stem can be shared:
 * French "mines" and "minerais"), then the unambiguous reading, then the
 * field's term over a name or value.
 */
function preference(words: Words, { start, end, translation }: Match): number {
  const exact = words.folded.slice(start, end).join(' ') === translation.spelled;
  return (
    (exact ? 0 : 4) + (translation.contextOnly ? 2 : 0) + (translation.kind === 'term' ? 0 : 1)
  );
}

/** An ambiguous term right after an elided article, where it has one meaning ("l'or"). */
function afterElision(words: Words, at: number, translation: Translation): boolean {
  return translation.afterElision && at > 0 && words.elided?.[at - 1] === true;
}

/**
 * Matches found without the ambiguous terms where one of those also matched:
 * only there can allowing them (findTermsInContext) read the words otherwise.
 */
const ambiguousLeftOut = new WeakSet<readonly Match[]>();

/** The longest translations, left to right, that do not overlap. */
export function findMatches(table: LanguageTable, words: Words, contextOnly: boolean): Match[] {
  const matches: Match[] = [];
  let leftOut = false;
  for (let at = 0; at < words.raw.length; at++) {
    const candidates = firstWordOf(table, words.raw[at] as string, words.folded[at] as string);
    let best: Match | undefined;
    for (const translation of candidates) {
      const allowed =
        !translation.contextOnly || contextOnly || afterElision(words, at, translation);
      if (!allowed && leftOut) continue;
      const end = endOf(table, words, at, translation);
      if (end < 0) continue;
      if (!allowed) {
        leftOut = true;
        continue;
      }
      const match = { start: at, end, translation };
      if (
        !best ||
        end > best.end ||
        (end === best.end && preference(words, match) < preference(words, best))
      )
        best = match;
    }
    if (best) {
      matches.push(best);
      at = best.end - 1;
    }
  }
  if (leftOut) ambiguousLeftOut.add(matches);
  return matches;
}

/** Each language's unambiguous matches, found once for the guess and the reading. */
export type MatchesByLanguage = Record<LexiconLanguage, Match[]>;

export function matchesByLanguage(words: Words): MatchesByLanguage {
  const find = (language: LexiconLanguage) => findTerms(language, words, false);
  return { fr: find('fr'), es: find('es'), pt: find('pt') };
}

/** findMatches on the words with their typos read as the language's term words. */
export function findTerms(language: LexiconLanguage, words: Words, contextOnly: boolean): Match[] {
  const { words: read, corrected } = correctTypos(language, words);
  const matches = findMatches(LANGUAGE_TABLES[language], read, contextOnly);
  if (read === words) return matches;
  const withTypos = matches.map((match) => {
    const typos = corrected.slice(match.start, match.end).filter(Boolean).length;
    return typos > 0 ? { ...match, typos } : match;
  });
  if (ambiguousLeftOut.has(matches)) ambiguousLeftOut.add(withTypos);
  return withTypos;
}

/**
 * findTerms with the ambiguous terms allowed, given `found`, its matches
 * without them: the same unless an ambiguous term matched and was left out,
 * so the second search is made only then.
 */
export function findTermsInContext(
  language: LexiconLanguage,
  words: Words,
  found: readonly Match[],
): readonly Match[] {
  return ambiguousLeftOut.has(found) ? findTerms(language, words, true) : found;
}
