import { MINERAL_LEXICON_ROWS } from './lexicon-minerals.js';
import { parseLexiconRows } from './lexicon-table.js';

// The lexicon's minerals as named rows (the corpus's English name and its French, Spanish
// and Portuguese terms), shaped like the place-name tables, for the code that names minerals.

export const MINERAL_NAMES_I18N = parseLexiconRows(MINERAL_LEXICON_ROWS, 'minerals').map(
  (entry) => ({ name: entry.en[0] ?? '', terms: entry.terms }),
);
