import { ELISION_PREFIXES } from '../vocabulary/stop-words-i18n.js';

// The words of a query as a speaker of French, Spanish or Portuguese typed
// them: lower case, accents kept (the stemmers need them), elided articles
// split off ("l'ouest" → "l ouest", "d'or" → "d or") instead of glued on.

const APOSTROPHES = "'\u2018\u2019\u02bc`\u00b4";
/** What lies between words: anything but letters, digits and apostrophes. */
const BETWEEN_WORDS = new RegExp(`[^\\p{L}\\p{N}${APOSTROPHES}]+`, 'u');
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'u');
/** A letter starts the text (U+02BC, an apostrophe to the eye, is one). */
const LETTER = /^\p{L}/u;
const LETTER_APOSTROPHE = '\u02bc';
const ELIDING = new Set(ELISION_PREFIXES.map((prefix) => prefix.slice(0, -1)));

export interface QueryWords {
  words: string[];
  /** words[i] is an elided article written onto words[i + 1] ("l'or"). */
  elided: boolean[];
}

/**
 * A run of letters, digits and apostrophes: one word with its apostrophes
 * dropped ("children's"), but an elided article is a word of its own where it
 * stands after no letter or digit and a letter follows its apostrophe.
 */
function pushRun(run: string, into: QueryWords): void {
  let word = '';
  let start = 0;
  let afterLetter = false;
  for (let at = 0; at < run.length; at++) {
    const char = run[at] as string;
    if (!APOSTROPHES.includes(char)) continue;
    const stretch = run.slice(start, at);
    word += stretch;
    if (!afterLetter && ELIDING.has(stretch) && LETTER.test(run.slice(at + 1, at + 3))) {
      into.words.push(word);
      into.elided.push(true);
      word = '';
    }
    start = at + 1;
    afterLetter = char === LETTER_APOSTROPHE;
  }
  word += run.slice(start);
  if (word !== '') {
    into.words.push(word);
    into.elided.push(false);
  }
}

/** "L'or d'Afrique" → words ["l", "or", "d", "afrique"], elided [true, false, true, false]. */
export function queryWordsAndElisions(text: string): QueryWords {
  const found: QueryWords = { words: [], elided: [] };
  for (const run of text.toLowerCase().split(BETWEEN_WORDS)) {
    if (APOSTROPHE.test(run)) pushRun(run, found);
    else if (run !== '') {
      found.words.push(run);
      found.elided.push(false);
    }
  }
  return found;
}

/** "L'or d'Afrique de l'Ouest" → ["l", "or", "d", "afrique", "de", "l", "ouest"]. */
export function queryWordsOf(text: string): string[] {
  return queryWordsAndElisions(text).words;
}

/** Words [start, end) as typed: "mines d'or", not "mines d or". */
export function typedPhrase(
  { words, elided }: { words: readonly string[]; elided: readonly boolean[] },
  start: number,
  end: number,
): string {
  let phrase = '';
  for (let at = start; at < end; at++)
    phrase += (words[at] as string) + (at === end - 1 ? '' : elided[at] ? "'" : ' ');
  return phrase;
}
