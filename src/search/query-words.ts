import { ELISION_PREFIXES } from '../vocabulary/stop-words-i18n.js';

// The words of a query as a speaker of French, Spanish or Portuguese typed
// them: lower case, accents kept (the stemmers need them), elided articles
// split off ("l'ouest" → "l ouest", "d'or" → "d or") instead of glued on.

const APOSTROPHE = "['\u2018\u2019\u02bc`\u00b4]";
const ELIDED = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ELISION_PREFIXES.map((prefix) => prefix.slice(0, -1)).join('|')})${APOSTROPHE}(?=\\p{L})`,
  'gu',
);
const APOSTROPHES = new RegExp(APOSTROPHE, 'gu');
/** Marks an elided article's end while the text is split (a private-use character nobody types). */
const ELISION_MARK = '\ue000';
const NON_WORD = /[^\p{L}\p{N}\ue000]+/u;

export interface QueryWords {
  words: string[];
  /** words[i] is an elided article written onto words[i + 1] ("l'or"). */
  elided: boolean[];
}

/** "L'or d'Afrique" → words ["l", "or", "d", "afrique"], elided [true, false, true, false]. */
export function queryWordsAndElisions(text: string): QueryWords {
  const words: string[] = [];
  const elided: boolean[] = [];
  const marked = text.toLowerCase().replace(ELIDED, `$1${ELISION_MARK} `).replace(APOSTROPHES, '');
  for (const part of marked.split(NON_WORD)) {
    const word = part.replaceAll(ELISION_MARK, '');
    if (word === '') continue;
    words.push(word);
    elided.push(part.endsWith(ELISION_MARK));
  }
  return { words, elided };
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
