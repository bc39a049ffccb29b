import { foldText } from '../text/fold-text.js';
import { FILTER_KEYS_I18N } from '../vocabulary/command-words-table.js';
import { LEXICON_LANGUAGES } from '../vocabulary/lexicon-table.js';
import { MINERAL_NAMES_I18N } from '../vocabulary/mineral-names-i18n.js';
import { COUNTRY_NAMES_I18N, REGION_NAMES_I18N } from '../vocabulary/place-names-i18n.js';
import { STAT_FIELDS, type StatField } from './count-buckets.js';

// What compare reads in French, Spanish and Portuguese: a side named in the reader's language
// ("Pérou", "oro", "Afrique de l'Ouest") and "par pays" / "por país" after the sides. The
// words come from the vocabulary's sourced tables (CLDR place names, the lexicon's minerals,
// the filter keys' words); nothing here is a table of its own.

type Named = { name: string; terms: Record<string, readonly { text: string }[]> };

function byFoldedTerm(rows: readonly Named[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const { name, terms } of rows)
    for (const language of LEXICON_LANGUAGES)
      for (const term of terms[language] ?? []) names.set(foldText(term.text), name);
  return names;
}

const PLACES = byFoldedTerm([...COUNTRY_NAMES_I18N, ...REGION_NAMES_I18N]);
const MINERALS = byFoldedTerm(MINERAL_NAMES_I18N);

/** The corpus's English for a place or mineral named in French, Spanish or Portuguese. */
export function englishSideName(folded: string): string | undefined {
  return PLACES.get(folded) ?? MINERALS.get(folded);
}

const wordsOf = (english: string) =>
  FILTER_KEYS_I18N.find((row) => row.english === english)?.terms ?? { fr: [], es: [], pt: [] };

/** "by", "par", "por": the word before the field. */
export const BY_WORDS: ReadonlySet<string> = new Set([
  'by',
  ...LEXICON_LANGUAGES.flatMap((language) =>
    wordsOf('by')[language].map((term) => foldText(term.text)),
  ),
]);

/** A field named by its filter key in French, Spanish or Portuguese ("pays", "minerai", "año"). */
export function foreignField(folded: string): StatField | undefined {
  return STAT_FIELDS.find((field) =>
    LEXICON_LANGUAGES.some((language) =>
      wordsOf(field)[language].some((term) => foldText(term.text) === folded),
    ),
  );
}
