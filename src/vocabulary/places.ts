import { COUNTRY_ROWS } from './country-table.js';
import { parseNamedTable } from './named-table.js';
import { REGION_ROWS } from './region-table.js';

export const COUNTRIES = parseNamedTable(COUNTRY_ROWS, 3);
export const REGIONS = parseNamedTable(REGION_ROWS, 3);

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
