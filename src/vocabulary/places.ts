import { COUNTRY_ROWS } from './country-table.js';
import { parseNamedTable } from './named-table.js';
import { REGION_ROWS } from './region-table.js';

export const COUNTRIES = parseNamedTable(COUNTRY_ROWS, 3);
export const REGIONS = parseNamedTable(REGION_ROWS, 3);

/** Regions that list their member countries (the fifth column), by country. */
const REGIONS_BY_COUNTRY = new Map<string, string[]>();
for (const row of REGION_ROWS.split('\n')) {
  const [name, , , , members] = row.split('|');
  if (!name || !members) continue;
  for (const member of members.split(';')) {
    const country = COUNTRIES.find(member)?.name;
    // A member missing from the country table is a typo in the table: fail at load, not later.
    if (!country) throw new Error(`region-table: ${name} lists unknown country "${member}"`);
    REGIONS_BY_COUNTRY.set(country, [...(REGIONS_BY_COUNTRY.get(country) ?? []), name]);
  }
}

/** The region itself and every region above it: "Great Lakes" → ["Great Lakes", "Africa"]. */
export function regionWithParents(name: string): string[] {
  const chain: string[] = [];
  let entry = REGIONS.find(name);
  while (entry && !chain.includes(entry.name)) {
    chain.push(entry.name);
    entry = entry.group ? REGIONS.find(entry.group) : undefined;
  }
  return chain;
}

/** Every region a country is in: its continent, the groupings that list it, and their parents. */
export function regionsOfCountry(country: string): string[] {
  const entry = COUNTRIES.find(country);
  if (!entry) return [];
  const direct = [entry.group, ...(REGIONS_BY_COUNTRY.get(entry.name) ?? [])].filter(Boolean);
  return [...new Set(direct.flatMap(regionWithParents))];
}

/** The regions directly under a region (West Africa, Great Lakes… under Africa). */
export function subRegions(name: string): string[] {
  const parent = REGIONS.find(name)?.name;
  return REGIONS.entries.filter((entry) => entry.group === parent).map((entry) => entry.name);
}

/** Whether `region` is `ancestor` or lies under it. */
export function isWithinRegion(region: string, ancestor: string): boolean {
  return regionWithParents(region).includes(ancestor);
}

/** The top-level regions (continents and the like). */
export const TOP_REGIONS: readonly string[] = REGIONS.entries
  .filter((entry) => entry.group === '')
  .map((entry) => entry.name);
