import { closestWords } from '../text/closest-words.js';
import { MINERALS } from '../vocabulary/minerals.js';
import type { NamedTable } from '../vocabulary/named-table.js';
import { COUNTRIES, REGIONS } from '../vocabulary/places.js';
import type { CorpusIssue } from './corpus-issue.js';
import type { Intervention, Place, Report } from './schema.js';

// Records may use any alias a table knows ("DRC", "coltan"); loading rewrites
// them to the canonical name and reports names no table knows.

type Located = Omit<CorpusIssue, 'message' | 'path'>;

function canonical(
  table: NamedTable,
  what: string,
  value: string,
  where: Located,
  path: (string | number)[],
  issues: CorpusIssue[],
): string | undefined {
  const entry = table.find(value);
  if (entry) return entry.name;
  const names = table.entries.flatMap((candidate) => [candidate.name, ...candidate.aliases]);
  const guess = closestWords(value, names, 1)[0];
  const hint = guess ? `; did you mean "${table.find(guess)?.name ?? guess}"?` : '';
  issues.push({
    ...where,
    path,
    message: `expected a known ${what}, got ${JSON.stringify(value)}${hint}`,
  });
  return undefined;
}

function canonicalList(
  table: NamedTable,
  what: string,
  values: string[],
  where: Located,
  field: string,
  issues: CorpusIssue[],
): string[] {
  const out: string[] = [];
  values.forEach((value, index) => {
    const name = canonical(table, what, value, where, [field, index], issues);
    if (name && !out.includes(name)) out.push(name);
  });
  return out;
}

function canonicalPlaces(places: Place[], where: Located, issues: CorpusIssue[]): Place[] {
  const out: Place[] = [];
  places.forEach((place, index) => {
    const country = canonical(
      COUNTRIES,
      'country',
      place.country,
      where,
      ['countries', index, 'country'],
      issues,
    );
    if (country) out.push({ ...place, country });
  });
  return out;
}

export function normaliseNames<T extends Intervention | Report>(
  record: T,
  where: Located,
  issues: CorpusIssue[],
): T {
  return {
    ...record,
    countries: canonicalPlaces(record.countries, where, issues),
    regions: canonicalList(REGIONS, 'region', record.regions, where, 'regions', issues),
    minerals: canonicalList(MINERALS, 'mineral', record.minerals, where, 'minerals', issues),
  };
}
