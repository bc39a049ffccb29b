import { editDistance } from '../text/closest-words.js';
import type { LexiconLanguage } from '../vocabulary/lexicon-table.js';
import { LANGUAGE_TABLES, type LanguageTable, type Translation } from './language-tables.js';

// Finds the lexicon's terms, place names and filter words in a query's words:
// the longest first, by stem for the field's terms (stemmed with their accents
// and without), by spelling for names and filter words.

export interface Match {
  start: number;
  end: number;
  translation: Translation;
}

/** Edits between a one-word term and a word that shares its stem: an inflection, not a chance. */
const MAX_INFLECTION = 2;

export interface Words {
  raw: readonly string[];
  folded: readonly string[];
}

function wordMatches(table: LanguageTable, words: Words, at: number, t: Translation, key: string) {
  if (t.kind !== 'term') return words.folded[at] === key;
  const stemMatches =
    table.stem(words.raw[at] as string) === key || table.stem(words.folded[at] as string) === key;
  // One word alone meets another's stem by chance ("trabalhando", "trabalhadores"):
  // it must also be spelled within an inflection of it.
  return (
    stemMatches &&
    (t.keys.length > 1 || editDistance(words.folded[at] as string, t.spelled) <= MAX_INFLECTION)
  );
}

/** Where `t` ends when it starts at `at`, or -1. */
function endOf(table: LanguageTable, words: Words, at: number, t: Translation): number {
  let next = at + 1;
  for (let k = 1; k < t.keys.length; k++) {
    const key = t.keys[k] as string;
    while (
      t.skipsStopWords &&
      next < words.raw.length &&
      table.stops.has(words.folded[next] as string) &&
      !wordMatches(table, words, next, t, key)
    )
      next++;
    if (next >= words.raw.length || !wordMatches(table, words, next, t, key)) return -1;
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

/** The longest translations, left to right, that do not overlap. */
export function findMatches(table: LanguageTable, words: Words, contextOnly: boolean): Match[] {
  const matches: Match[] = [];
  for (let at = 0; at < words.raw.length; at++) {
    const candidates = table.startingAt(words.raw[at] as string, words.folded[at] as string);
    let best: Match | undefined;
    for (const translation of candidates) {
      if (translation.contextOnly && !contextOnly) continue;
      if (!wordMatches(table, words, at, translation, translation.keys[0] as string)) continue;
      const end = endOf(table, words, at, translation);
      if (end < 0) continue;
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
  return matches;
}

/** Each language's unambiguous matches, found once for the guess and the reading. */
export type MatchesByLanguage = Record<LexiconLanguage, Match[]>;

export function matchesByLanguage(words: Words): MatchesByLanguage {
  const find = (language: LexiconLanguage) => findMatches(LANGUAGE_TABLES[language], words, false);
  return { fr: find('fr'), es: find('es'), pt: find('pt') };
}
