// Case- and accent-folding shared by the index, the filters and the parser, so
// that "Côte d'Ivoire", "cote d ivoire" and "COTE D'IVOIRE" compare equal.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`´']/g;
const NON_WORD = /[^a-z0-9]+/g;

/** Lower case, no accents, apostrophes dropped, every other non-alphanumeric run a single space. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NON_WORD, ' ')
    .trim();
}

/** Words of a folded text. */
export function foldWords(value: string): string[] {
  const folded = foldText(value);
  return folded === '' ? [] : folded.split(' ');
}
