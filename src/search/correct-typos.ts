import { editsWithin } from '../text/closest-words.js';
import { LEXICON_LANGUAGES, type LexiconLanguage } from '../vocabulary/lexicon-table.js';
import {
  ENGLISH_STEMS,
  ENGLISH_WORDS,
  LANGUAGE_TABLES,
  type LanguageTable,
  PLACE_SPELLINGS,
} from './language-tables.js';
import type { Words } from './match-terms.js';
import { isFillerWord, stem } from './tokenize.js';

// A typo in a word of the field's French, Spanish or Portuguese terms
// ("enfents", "artesnal", "infantl", "orpaillge") is read as the word meant,
// within the edits the English typo matching allows. Only a word no table
// knows is read so (no stop word, term, place or value word of any of the four
// languages, and no inflection of a term), only as a word of the same first
// letter, and only when one word is closest: short everyday words
// ("cobra", "mina") never turn into the field's terms.

/** Shorter words are left alone: five letters are one edit from too many others. */
const MIN_LENGTH = 6;
/** From this length a word may hold two typos. */
const TWO_EDITS_FROM = 9;

let knownSet: ReadonlySet<string> | undefined;

/** Words a table of the four languages knows, folded: never typos (made on first need). */
function knownWords(): ReadonlySet<string> {
  knownSet ??= new Set([
    ...ENGLISH_WORDS,
    ...PLACE_SPELLINGS,
    ...LEXICON_LANGUAGES.flatMap((language) => {
      const table = LANGUAGE_TABLES[language];
      return [...table.stops, ...table.spellings];
    }),
  ]);
  return knownSet;
}

/** A language's term words by first letter and length, for the few comparisons a word needs. */
function byLetterAndLength(language: LexiconLanguage): ReadonlyMap<string, readonly string[]> {
  const buckets = new Map<string, string[]>();
  for (const word of LANGUAGE_TABLES[language].termWords.keys()) {
    if (word.length < MIN_LENGTH - 1 || /\d/.test(word)) continue;
    const key = `${word[0]}${word.length}`;
    const list = buckets.get(key) ?? [];
    list.push(word);
    buckets.set(key, list);
  }
  return buckets;
}

const BUCKETS = new Map<LexiconLanguage, ReadonlyMap<string, readonly string[]>>();

/** The language's buckets, made the first time a word is checked in it. */
function bucketsOf(language: LexiconLanguage): ReadonlyMap<string, readonly string[]> {
  let buckets = BUCKETS.get(language);
  if (!buckets) {
    buckets = byLetterAndLength(language);
    BUCKETS.set(language, buckets);
  }
  return buckets;
}

/** Known in every language at once: a stop, term, name or value word, or English. */
const knownEverywhere = new Map<string, boolean>();

function isKnown(table: LanguageTable, raw: string, folded: string): boolean {
  let known = knownEverywhere.get(folded);
  if (known === undefined) {
    known = knownWords().has(folded) || isFillerWord(folded) || ENGLISH_STEMS.has(stem(folded));
    if (knownEverywhere.size >= CACHE_LIMIT) knownEverywhere.clear();
    knownEverywhere.set(folded, known);
  }
  return known || table.termStems.has(table.stem(raw)) || table.termStems.has(table.stem(folded));
}

/** The one term word closest to `folded`, within its allowed edits. */
function closestTermWord(language: LexiconLanguage, folded: string): string | undefined {
  const allowed = folded.length >= TWO_EDITS_FROM ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tie = false;
  const words = [];
  for (let length = folded.length - allowed; length <= folded.length + allowed; length++)
    words.push(...(bucketsOf(language).get(`${folded[0]}${length}`) ?? []));
  for (const word of words) {
    const distance = editsWithin(folded, word, allowed);
    if (distance > allowed) continue;
    if (distance < bestDistance) [best, bestDistance, tie] = [word, distance, false];
    else if (distance === bestDistance && word !== best) tie = true;
  }
  return tie ? undefined : best;
}

// Per-word memos, like the stemmers': they outlive a reading (forgetReadings
// leaves them), as the same words come back query after query.
const cache: Record<LexiconLanguage, Map<string, string | null>> = {
  fr: new Map(),
  es: new Map(),
  pt: new Map(),
};
const CACHE_LIMIT = 5000;

/** The term word (folded) a typed word is a typo of, in `language`, if any. */
export function typoOf(language: LexiconLanguage, raw: string, folded: string): string | undefined {
  if (folded.length < MIN_LENGTH || /\d/.test(folded)) return undefined;
  const memo = cache[language];
  const known = memo.get(raw);
  if (known !== undefined) return known ?? undefined;
  const table = LANGUAGE_TABLES[language];
  const meant = isKnown(table, raw, folded) ? undefined : closestTermWord(language, folded);
  if (memo.size >= CACHE_LIMIT) memo.clear();
  memo.set(raw, meant ?? null);
  return meant;
}

/** The words with their typos read as the terms' words, and which were. */
export function correctTypos(
  language: LexiconLanguage,
  words: Words,
): { words: Words; corrected: readonly boolean[] } {
  const corrected = words.raw.map(() => false);
  let raw: string[] | undefined;
  let folded: string[] | undefined;
  for (const [at, word] of words.raw.entries()) {
    const meant = typoOf(language, word, words.folded[at] as string);
    if (meant === undefined) continue;
    raw ??= [...words.raw];
    folded ??= [...words.folded];
    raw[at] = LANGUAGE_TABLES[language].termWords.get(meant) ?? meant;
    folded[at] = meant;
    corrected[at] = true;
  }
  if (!raw || !folded) return { words, corrected };
  return { words: { ...words, raw, folded }, corrected };
}
