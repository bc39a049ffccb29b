import { COUNTRY_NAME_ROWS } from './country-names-i18n.js';
import { type LexiconLanguage, type LexiconTerm, parseLanguageCells } from './lexicon-table.js';
import { REGION_NAME_ROWS } from './region-names-i18n.js';

// Country and region names in French, Spanish and Portuguese, keyed by the
// canonical English name that country-table.ts and region-table.ts use.

/** Sources a place row may name besides LEXICON_SOURCES keys. */
export const PLACE_NAME_SOURCES: Readonly<Record<string, string>> = {
  cldr: 'Unicode CLDR 48 territory names, as Node 20 Intl.DisplayNames gives them',
  'standard-names':
    "the region's established name in each language; no UN M49 code, so no CLDR name to check it against",
};

export interface PlaceNames {
  /** The canonical English name (COUNTRIES / REGIONS). */
  name: string;
  /** ISO 3166-1 alpha-2 for a country, UN M49 for a region, "-" when none. */
  code: string;
  terms: Readonly<Record<LexiconLanguage, readonly LexiconTerm[]>>;
  /** "cldr", "standard-names" or LEXICON_SOURCES keys. */
  sources: readonly string[];
  note?: string;
}

export function parsePlaceNameRows(rows: string): PlaceNames[] {
  const places: PlaceNames[] = [];
  for (const row of rows.split('\n')) {
    if (row.trim() === '') continue;
    const [name = '', code = '', fr, es, pt, sources = '', note] = row.split('|');
    const place: PlaceNames = {
      name: name.trim(),
      code: code.trim(),
      terms: parseLanguageCells([fr, es, pt]),
      sources: sources
        .split(',')
        .map((source) => source.trim())
        .filter(Boolean),
    };
    if (note?.trim()) place.note = note.trim();
    places.push(place);
  }
  return places;
}

export const COUNTRY_NAMES_I18N: readonly PlaceNames[] = parsePlaceNameRows(COUNTRY_NAME_ROWS);
export const REGION_NAMES_I18N: readonly PlaceNames[] = parsePlaceNameRows(REGION_NAME_ROWS);
