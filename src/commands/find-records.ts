import type { CorpusRecord } from '../corpus/corpus.js';
import type { Suggestion } from '../reply.js';
import { formatQuery, type Query } from '../search/parse-query.js';
import { type FilterResult, resolveFilters } from '../search/resolve-filters.js';
import type { SearchOutcome } from '../search/search-index.js';
import type { FilterOptions } from './command-options.js';
import type { CommandContext } from './command-spec.js';

const TYPE_ORDER = { intervention: 0, report: 1, lesson: 2 } as const;

export type Found =
  | {
      ok: true;
      records: CorpusRecord[];
      outcome: SearchOutcome | null;
      /** How many of the query's terms each found record matched, by id. */
      covered: ReadonlyMap<string, number>;
      filters: Extract<FilterResult, { ok: true }>;
    }
  | { ok: false; message: string; suggestions: Suggestion[] };

/** Records for words and filters: ranked by the index when there are words, else newest first. */
export function findRecords(
  words: readonly string[],
  options: FilterOptions,
  query: Query,
  context: CommandContext,
): Found {
  const filters = resolveFilters(options, context.corpus);
  if (!filters.ok) {
    const replace = (value: string | undefined): Suggestion => {
      const changed: Query = { ...query, options: { ...query.options } };
      if (value === undefined) delete changed.options[filters.key];
      else changed.options[filters.key] = value;
      const text = formatQuery(changed);
      return {
        label: value === undefined ? `drop ${filters.key}:` : `${filters.key}:${value}`,
        query: text,
      };
    };
    const suggestions = filters.alternatives.map(replace);
    suggestions.push(replace(undefined));
    const typed = options[filters.key as keyof FilterOptions];
    if (typeof typed === 'string' && context.index.search([typed]).hits.length > 0) {
      suggestions.push({
        label: `search ${typed}`,
        query: formatQuery({ command: 'search', words: [...query.words, typed], options: {} }),
      });
    }
    return { ok: false, message: filters.message, suggestions };
  }
  if (words.length > 0) {
    const outcome = context.index.search(words);
    if (outcome.terms.length > 0) {
      const hits = outcome.hits.filter((hit) => filters.predicate(hit.record));
      const covered = new Map(hits.map((hit) => [hit.record.id, hit.covered]));
      return { ok: true, records: hits.map((hit) => hit.record), outcome, covered, filters };
    }
  }
  const records = context.corpus.records.filter(filters.predicate).sort(newestFirst);
  return { ok: true, records, outcome: null, covered: new Map(), filters };
}

function newestFirst(a: CorpusRecord, b: CorpusRecord): number {
  return (
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    (b.years?.to ?? 0) - (a.years?.to ?? 0) ||
    a.title.localeCompare(b.title)
  );
}

/** "mineral: gold, country: Ghana" */
export function describeFilters(active: readonly { key: string; value: string }[]): string {
  return active.map(({ key, value }) => `${key}: ${value}`).join(', ');
}
