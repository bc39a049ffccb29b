import type { CorpusRecord } from '../corpus/corpus.js';
import type { Status } from '../corpus/schema.js';
import type { Locale } from '../i18n/index.js';
import type { RecordType, Suggestion } from '../reply.js';
import { describeUnderstood } from '../search/describe-understood.js';
import { formatQuery, type Query } from '../search/parse-query.js';
import type { QueryLanguage } from '../search/read-query.js';
import { type FilterResult, resolveFilters } from '../search/resolve-filters.js';
import type { SearchOutcome } from '../search/search-index.js';
import { type Understood, understandWords } from '../search/understand-words.js';
import type { FilterOptions } from './command-options.js';
import type { CommandContext } from './command-spec.js';

const TYPE_ORDER = { intervention: 0, report: 1, lesson: 2 } as const;

export type Found =
  | {
      ok: true;
      records: CorpusRecord[];
      /** The search, when there were words: its hits are `records`, with how many terms each matched. */
      outcome: SearchOutcome | null;
      filters: Extract<FilterResult, { ok: true }>;
      /** Free words read as filters ("ongoing" → status ongoing). */
      understood: Understood[];
      /** The options as applied: typed ones plus the understood ones. */
      options: FilterOptions;
      /** The words searched for, after the understood ones. */
      words: string[];
      /** The asker's locale, for the notes on what was understood. */
      locale: Locale;
    }
  | { ok: false; message: string; suggestions: Suggestion[] };

/** Typed options plus the values read from free words (typed ones win). */
function withUnderstood(options: FilterOptions, understood: readonly Understood[]): FilterOptions {
  const merged: FilterOptions = { ...options };
  for (const { key, value } of understood) {
    if (key === 'status') merged.status = [...(merged.status ?? []), value as Status];
    else if (key === 'type') merged.type = [...(merged.type ?? []), value as RecordType];
    else if (key === 'year') {
      const [from, to] = value.split('-').map(Number);
      merged.year = { from: from as number, to: to ?? (from as number) };
    } else merged[key] = merged[key] === undefined ? value : `${merged[key]},${value}`;
  }
  return merged;
}

/** Records for words and filters: ranked by the index when there are words, else newest first. */
export function findRecords(
  words: readonly string[],
  options: FilterOptions,
  query: Query,
  context: CommandContext,
): Found {
  const taken = new Set(
    Object.keys(options).filter((key) => options[key as keyof FilterOptions] !== undefined),
  );
  const understanding = understandWords(words, taken, context.locale);
  const { language } = understanding;
  if (understanding.understood.length > 0) {
    const merged = withUnderstood(options, understanding.understood);
    const understood = understanding.understood;
    const found = findWith(understanding.words, merged, query, context, understood, language);
    // Understanding is a guess: when it empties the list, the words are searched as typed.
    if (found.ok && found.records.length > 0) return found;
  }
  return findWith([...words], options, query, context, [], language);
}

function findWith(
  words: string[],
  options: FilterOptions,
  query: Query,
  context: CommandContext,
  understood: Understood[],
  language: QueryLanguage,
): Found {
  const filters = resolveFilters(options, context.corpus, context.locale);
  if (!filters.ok)
    return {
      ok: false,
      message: filters.message,
      suggestions: filterFixes(filters, options, query, context),
    };
  const base = { filters, understood, options, words, locale: context.locale };
  if (words.length > 0) {
    const outcome = context.index.search(words, { filter: filters.predicate, language });
    if (outcome.terms.length > 0)
      return { ok: true, records: outcome.hits.map((hit) => hit.record), outcome, ...base };
  }
  const records = context.corpus.records.filter(filters.predicate).sort(newestFirst);
  return { ok: true, records, outcome: null, ...base };
}

/** Ways out of an unknown filter value: the close values, dropping the filter, a plain search. */
function filterFixes(
  filters: Extract<FilterResult, { ok: false }>,
  options: FilterOptions,
  query: Query,
  context: CommandContext,
): Suggestion[] {
  const replace = (value: string | undefined): Suggestion => {
    const changed: Query = { ...query, options: { ...query.options } };
    if (value === undefined) delete changed.options[filters.key];
    else changed.options[filters.key] = value;
    const text = formatQuery(changed);
    return {
      label:
        value === undefined
          ? context.t('lists:drop-key', { key: filters.key })
          : `${filters.key}:${value}`,
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
  return suggestions;
}

/** Interventions, reports, lessons; each newest first, then by title. */
export function newestFirst(a: CorpusRecord, b: CorpusRecord): number {
  return (
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    (b.years?.to ?? 0) - (a.years?.to ?? 0) ||
    a.title.localeCompare(b.title)
  );
}

export { describeFilters, describeScope } from './describe-scope.js';

/** "Understood: status ongoing, country Democratic Republic of the Congo." when free words became filters. */
export function understoodNote(found: Extract<Found, { ok: true }>): string[] {
  const clause = understoodClause(found);
  return clause ? [`${clause}.`] : [];
}

/** "Understood: country Ghana", when plain words were read as filters. */
export function understoodClause(found: Extract<Found, { ok: true }>): string | null {
  return describeUnderstood(found.understood, found.locale);
}
