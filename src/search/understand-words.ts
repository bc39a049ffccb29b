import type { RecordType } from '../reply.js';
import { foldText } from '../text/fold-text.js';
import { ENGLISH_STATUS_WORDS } from '../vocabulary/kinds.js';
import type { NamedTable } from '../vocabulary/named-table.js';
import { VALUE_TABLES } from '../vocabulary/value-tables.js';
import { type QueryLanguage, type ReadQuery, readQuery, translates } from './read-query.js';
import { isFillerWord } from './tokenize.js';

// Free words that name a filter value act as that filter ("what's ongoing in
// DRC cobalt" ≈ "cobalt country:drc status:ongoing"), and the reply says so.

export type UnderstoodKey = 'status' | 'type' | 'year' | 'country' | 'region' | 'mineral';

export interface Understood {
  key: UnderstoodKey;
  /** The canonical value ("Democratic Republic of the Congo"), or the option text for closed lists. */
  value: string;
  /** The words as typed. */
  typed: string;
}

export interface Understanding {
  understood: Understood[];
  /** The words left to search for (place, mineral and topic words stay: they rank). */
  words: string[];
  /** The language the words were read in. */
  language: QueryLanguage;
}

/** Aliases that are everyday words far more often than they are the value. */
const NOT_ON_THEIR_OWN = new Set(
  'us car lead au global international worldwide multi country african asian european oceanian america stone can'.split(
    ' ',
  ),
);

const STATUS_WORDS: Readonly<Record<string, string>> = {
  ...ENGLISH_STATUS_WORDS,
  ongoing: 'ongoing',
  completed: 'completed',
};

const TYPE_WORDS: Readonly<Record<string, RecordType>> = {
  report: 'report',
  reports: 'report',
  study: 'report',
  studies: 'report',
  lesson: 'lesson',
  lessons: 'lesson',
  intervention: 'intervention',
  interventions: 'intervention',
  project: 'intervention',
  projects: 'intervention',
  programmes: 'intervention',
};

const NAMED: readonly { key: 'country' | 'region' | 'mineral'; table: NamedTable }[] = [
  { key: 'region', table: VALUE_TABLES.region },
  { key: 'country', table: VALUE_TABLES.country },
  { key: 'mineral', table: VALUE_TABLES.mineral },
];
const MAX_NAME_WORDS = 5;
const YEAR = /^(19[89]\d|20[0-4]\d)$/;
/** A year is a filter after these words ("published in 2011"), not inside a title ("estimates 2020"). */
const YEAR_BEFORE = new Set(
  // English, then the French, Spanish and Portuguese words for the same (folded).
  'in since from after before during and to of en depuis apres avant pendant et de desde despues antes durante y em apos e'.split(
    ' ',
  ),
);

/** Names written without spaces ("westafrica", "sierraleone"), for run-together words. */
const RUN_TOGETHER = new Map<string, { key: 'country' | 'region' | 'mineral'; name: string }>();
for (const { key, table } of NAMED)
  for (const entry of table.entries)
    for (const name of [entry.name, ...entry.aliases]) {
      const folded = foldText(name);
      if (folded.includes(' '))
        RUN_TOGETHER.set(folded.replace(/ /g, ''), { key, name: entry.name });
    }

function namedAt(words: readonly string[], at: number) {
  for (let length = Math.min(MAX_NAME_WORDS, words.length - at); length >= 1; length--) {
    const phrase = words.slice(at, at + length).join(' ');
    if (length === 1 && NOT_ON_THEIR_OWN.has(phrase)) continue;
    for (const { key, table } of NAMED) {
      const entry = table.find(phrase);
      if (entry) return { key, name: entry.name, length };
    }
    const joined = length === 1 ? RUN_TOGETHER.get(phrase) : undefined;
    if (joined) return { ...joined, length: 1 };
  }
  return undefined;
}

interface Unit {
  /** The folded word read for filters (English for a translated term). */
  word: string;
  /** What goes back to the search when it stays a word: the piece as typed. */
  origin: string;
  piece: number;
  /** A stop word of the query's language. */
  stop: boolean;
  /** Part of a translated term of the field (not a place name or filter word). */
  term: boolean;
}

/** The words to read, in English; a translated term's words all point back to what was typed. */
function unitsOf(read: ReadQuery, typed: readonly string[]): Unit[] {
  if (!translates(read))
    return foldText(typed.join(' '))
      .split(' ')
      .filter(Boolean)
      .map((word, piece) => ({ word, origin: word, piece, stop: false, term: false }));
  return read.pieces.flatMap((piece, at) =>
    foldText(piece.english ?? piece.typed)
      .split(' ')
      .filter(Boolean)
      .map((word) => ({
        word,
        origin: piece.typed,
        piece: at,
        stop: piece.stop === true,
        term: piece.kind === 'term',
      })),
  );
}

/**
 * Reads the free words for filter values. `taken` keys are set explicitly and
 * win. A type word counts only where a person would mean it ("reports on
 * mica", "gold reports"), not inside a name ("just gold lessons"). French,
 * Spanish and Portuguese words are read through their English (`locale`, the
 * asker's, is a hint for the language).
 */
export function understandWords(
  typed: readonly string[],
  taken: ReadonlySet<string>,
  locale?: string,
): Understanding {
  const read = readQuery(typed, { locale });
  const units = unitsOf(read, typed);
  const words = units.map((unit) => unit.word);
  const understood: Understood[] = [];
  const rest: string[] = [];
  let lastPiece = -1;
  const keep = (from: number, to: number) => {
    // The language's stop words go no further: the search is told the language.
    for (const unit of units.slice(from, to))
      if (unit.piece !== lastPiece && !unit.stop) {
        rest.push(unit.origin);
        lastPiece = unit.piece;
      }
  };
  const years: number[] = [];
  let onlyFiltersSoFar = true;
  const add = (key: UnderstoodKey, value: string, phrase: string) => {
    if (!taken.has(key) && !understood.some((one) => one.key === key && one.value === value))
      understood.push({ key, value, typed: phrase });
  };
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    const named = namedAt(words, at);
    if (named && !taken.has(named.key) && !(units[at]?.term && !namesItself(words, at, named))) {
      add(named.key, named.name, typedOf(units, at, named.length));
      // Regions are a filter only: their words rarely appear in the records they hold.
      if (named.key !== 'region') keep(at, at + named.length);
      at += named.length - 1;
    } else if (STATUS_WORDS[word] && !taken.has('status')) {
      add('status', STATUS_WORDS[word] as string, typedOf(units, at, 1));
    } else if (YEAR.test(word) && YEAR_BEFORE.has(words[at - 1] ?? '') && !taken.has('year')) {
      years.push(Number(word));
    } else if (TYPE_WORDS[word] && onlyFiltersSoFar && !taken.has('type')) {
      add('type', TYPE_WORDS[word] as string, typedOf(units, at, 1));
    } else {
      keep(at, at + 1);
      if (!isFillerWord(word) && !units[at]?.stop) onlyFiltersSoFar = false;
    }
  }
  if (years.length > 0) {
    const from = Math.min(...years);
    const to = Math.max(...years);
    understood.push({
      key: 'year',
      value: from === to ? `${from}` : `${from}-${to}`,
      typed: years.join(' '),
    });
  }
  return { understood, words: rest, language: read.language };
}

/**
 * A translated term is read as a filter only when its English is the value's
 * own name ("oro" → gold), not one of its aliases ("carrières" → quarrying is
 * a kind of site, not the mineral natural stone).
 */
function namesItself(
  words: readonly string[],
  at: number,
  named: { name: string; length: number },
) {
  return words.slice(at, at + named.length).join(' ') === foldText(named.name);
}

/** The words as typed behind units [at, at + length). */
function typedOf(units: readonly Unit[], at: number, length: number): string {
  const pieces = new Map(units.slice(at, at + length).map((unit) => [unit.piece, unit.origin]));
  return [...pieces.values()].join(' ');
}
