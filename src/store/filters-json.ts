import type { Filters } from './store.js';

// Filters as JSON with sorted keys, so the same filters typed in another order group together.

export function filtersJson(filters: Filters): string {
  const sorted = Object.keys(filters)
    .sort()
    .map((key) => [key, filters[key]]);
  return JSON.stringify(Object.fromEntries(sorted));
}

export function parseFilters(json: string): Filters {
  return JSON.parse(json) as Filters;
}
