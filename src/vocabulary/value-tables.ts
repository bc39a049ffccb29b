import { foldText } from '../text/fold-text.js';
import { MINERALS } from './minerals.js';
import type { NamedTable } from './named-table.js';
import { ORGANISATIONS } from './organisations.js';
import { COUNTRIES, REGIONS } from './places.js';

/** The filter keys whose values are names in a table, and the table of each. */
export const VALUE_TABLES = {
  mineral: MINERALS,
  country: COUNTRIES,
  region: REGIONS,
  org: ORGANISATIONS,
  donor: ORGANISATIONS,
} as const satisfies Record<string, NamedTable>;

export type NamedKey = keyof typeof VALUE_TABLES;

export const isNamedKey = (key: string): key is NamedKey => Object.hasOwn(VALUE_TABLES, key);

const spellingsCache = new Map<NamedTable, string[]>();

/** Every folded name and alias in a table (for did-you-mean over several words). */
export function foldedNames(table: NamedTable): string[] {
  let names = spellingsCache.get(table);
  if (!names) {
    names = table.entries.flatMap((entry) => [entry.name, ...entry.aliases].map(foldText));
    spellingsCache.set(table, names);
  }
  return names;
}
