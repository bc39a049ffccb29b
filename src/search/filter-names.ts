import { foldText } from '../text/fold-text.js';
import { LEXICON } from '../vocabulary/lexicon.js';
import { LEXICON_LANGUAGES, type LexiconTerm } from '../vocabulary/lexicon-table.js';
import type { NamedEntry, NamedTable } from '../vocabulary/named-table.js';
import { COUNTRY_NAMES_I18N, REGION_NAMES_I18N } from '../vocabulary/place-names-i18n.js';
import { type NamedKey, VALUE_TABLES } from '../vocabulary/value-tables.js';

// The filter value tables with the names of the other three languages added:
// `pays:Pérou`, `mineral:oro`, `minerai:or`, `région:Afrique de l'Ouest`, `org:OIT`.
// A filter value is never the other meaning of an ambiguous word, so French
// "or" names gold here. Free words are read with the English tables only
// (understand-words.ts), where "or" must stay a conjunction.

type Terms = Readonly<Record<(typeof LEXICON_LANGUAGES)[number], readonly LexiconTerm[]>>;

function foreignNames(
  table: NamedTable,
  rows: readonly { names: readonly string[]; terms: Terms }[],
): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const { names, terms } of rows) {
    const entry = names.map((name) => table.find(name)).find(Boolean);
    if (!entry) continue;
    const list = byName.get(entry.name) ?? [];
    for (const language of LEXICON_LANGUAGES)
      for (const term of terms[language]) list.push(term.text);
    byName.set(entry.name, list);
  }
  return byName;
}

/** The table with foreign names as aliases; an English name or alias wins a clash. */
function withForeignNames(table: NamedTable, foreign: Map<string, string[]>): NamedTable {
  const entries: NamedEntry[] = table.entries.map((entry) => ({
    ...entry,
    aliases: [...entry.aliases, ...(foreign.get(entry.name) ?? [])],
  }));
  const byFolded = new Map<string, NamedEntry>();
  for (const entry of entries)
    for (const name of [entry.name, ...entry.aliases]) {
      const folded = foldText(name);
      const english = table.find(name);
      // English spellings first: a foreign name never takes another entry's English one.
      if (english && english.name !== entry.name) continue;
      if (!byFolded.has(folded) || english) byFolded.set(folded, entry);
    }
  return { entries, find: (value) => byFolded.get(foldText(value)) };
}

const lexiconRows = (domain: string) =>
  LEXICON.filter((entry) => entry.domain === domain).map((entry) => ({
    names: entry.en,
    terms: entry.terms,
  }));
const placeRows = (places: typeof COUNTRY_NAMES_I18N) =>
  places.map((place) => ({ names: [place.name], terms: place.terms }));

const organisations = withForeignNames(
  VALUE_TABLES.org,
  foreignNames(VALUE_TABLES.org, lexiconRows('governance')),
);

/** VALUE_TABLES, reading names in English, French, Spanish and Portuguese. */
export const FILTER_TABLES: Readonly<Record<NamedKey, NamedTable>> = {
  mineral: withForeignNames(
    VALUE_TABLES.mineral,
    foreignNames(VALUE_TABLES.mineral, lexiconRows('minerals')),
  ),
  country: withForeignNames(
    VALUE_TABLES.country,
    foreignNames(VALUE_TABLES.country, placeRows(COUNTRY_NAMES_I18N)),
  ),
  region: withForeignNames(
    VALUE_TABLES.region,
    foreignNames(VALUE_TABLES.region, placeRows(REGION_NAMES_I18N)),
  ),
  org: organisations,
  donor: organisations,
};
