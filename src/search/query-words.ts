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
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** "L'or d'Afrique de l'Ouest" → ["l", "or", "d", "afrique", "de", "l", "ouest"]. */
export function queryWordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(ELIDED, '$1 ')
    .replace(APOSTROPHES, '')
    .split(NON_WORD)
    .filter(Boolean);
}
