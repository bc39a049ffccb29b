import { type FilterOptions, splitValues } from '../commands/command-options.js';
import type { Corpus, CorpusRecord } from '../corpus/corpus.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/index.js';
import { closestWords } from '../text/closest-words.js';
import { foldText } from '../text/fold-text.js';
import type { NamedTable } from '../vocabulary/named-table.js';
import { foldedSpellings, organisationWithParents } from '../vocabulary/organisations.js';
import { describeFilterProblem } from './describe-filter-problem.js';
import { FILTER_TABLES } from './filter-names.js';
import type { FilterKey } from './parse-query.js';

// Filters are plain predicates over records. A value is checked against what
// the corpus holds, so a typo gets a did-you-mean rather than an empty list.
// Several values of one key (`mineral:gold,cobalt`) mean either.

export type Predicate = (record: CorpusRecord) => boolean;

export type FilterProblem = { ok: false; key: FilterKey; message: string; alternatives: string[] };

export type FilterResult =
  | {
      ok: true;
      predicate: Predicate;
      /** Each filter applied: its values, and (`value`) the same joined in English for logs. */
      active: { key: FilterKey; value: string; values: string[] }[];
      /** The canonical values of the filters that restrict a counted dimension. */
      selected: Partial<Record<'mineral' | 'country' | 'region' | 'org' | 'donor', string[]>>;
    }
  | FilterProblem;

/** `present` is only called on a miss: the did-you-mean list costs a pass over the corpus. */
function namedValue(
  key: FilterKey,
  table: NamedTable,
  raw: string,
  present: () => Set<string>,
  locale: Locale,
): { ok: true; value: string } | FilterProblem {
  const entry = table.find(raw);
  if (entry) return { ok: true, value: entry.name };
  const names = [...present()].flatMap((name) => [name, ...(table.find(name)?.aliases ?? [])]);
  const alternatives = [
    ...new Set(
      closestWords(foldText(raw), names.map(foldText), 3).map(
        (folded) => table.find(folded)?.name ?? folded,
      ),
    ),
  ];
  const message = describeFilterProblem(
    key as 'mineral' | 'country' | 'region',
    raw,
    alternatives,
    locale,
  );
  return { ok: false, key, message, alternatives };
}

const containsAny = (names: readonly string[], wanted: readonly string[]): boolean =>
  names.some((name) => {
    const folded = ` ${foldText(name)} `;
    return wanted.some((spelling) => folded.includes(` ${spelling} `));
  });

/** Filters whose values come from a vocabulary table, checked against what the corpus holds. */
const NAMED_FILTERS: readonly {
  key: 'mineral' | 'country' | 'region';
  table: NamedTable;
  values: (record: CorpusRecord) => readonly string[];
}[] = [
  { key: 'mineral', table: FILTER_TABLES.mineral, values: (record) => record.minerals },
  { key: 'country', table: FILTER_TABLES.country, values: (record) => record.countries },
  { key: 'region', table: FILTER_TABLES.region, values: (record) => record.regions },
];

const ACTORS = {
  org: {
    labels: (r: CorpusRecord) => r.organisations,
    names: (r: CorpusRecord) => r.organisationNames,
  },
  donor: {
    labels: (r: CorpusRecord) => r.donors,
    names: (r: CorpusRecord) => r.donorNames,
  },
} as const;

/** An organisation or donor: the table's entry (and those under it), else the words as typed. */
function actorValue(
  key: 'org' | 'donor',
  raw: string,
  corpus: Corpus,
  locale: Locale,
): { ok: true; value: string; predicate: Predicate } | FilterProblem {
  const { labels, names } = ACTORS[key];
  const entry = FILTER_TABLES[key].find(raw);
  if (entry) {
    const spellings = foldedSpellings(entry);
    const predicate: Predicate = (record) =>
      labels(record).some((label) => organisationWithParents(label).includes(entry.name)) ||
      containsAny(names(record), spellings);
    return { ok: true, value: entry.name, predicate };
  }
  const wanted = [foldText(raw)];
  const predicate: Predicate = (record) => containsAny(names(record), wanted);
  if (corpus.records.some(predicate)) return { ok: true, value: raw, predicate };
  const present = new Set(corpus.records.flatMap(labels));
  const alternatives = closestWords(foldText(raw), present, 3);
  return {
    ok: false,
    key,
    message: describeFilterProblem(key, raw, alternatives, locale),
    alternatives,
  };
}

/** `locale` words a problem in the asker's language. */
export function resolveFilters(
  options: FilterOptions,
  corpus: Corpus,
  locale: Locale = DEFAULT_LOCALE,
): FilterResult {
  const predicates: Predicate[] = [];
  const active: { key: FilterKey; value: string; values: string[] }[] = [];
  const selected: Extract<FilterResult, { ok: true }>['selected'] = {};
  const keep = (key: FilterKey, values: readonly string[], predicate: Predicate) => {
    predicates.push(predicate);
    active.push({ key, value: values.join(' or '), values: [...values] });
  };

  for (const { key, table, values } of NAMED_FILTERS) {
    const raw = options[key];
    if (raw === undefined) continue;
    const wanted: string[] = [];
    for (const part of table.find(raw) ? [raw] : splitValues(raw)) {
      const present = () => new Set(corpus.records.flatMap(values));
      const found = namedValue(key, table, part, present, locale);
      if (!found.ok) return found;
      if (!wanted.includes(found.value)) wanted.push(found.value);
    }
    selected[key] = wanted;
    keep(key, wanted, (record) => values(record).some((value) => wanted.includes(value)));
  }
  for (const key of ['org', 'donor'] as const) {
    const raw = options[key];
    if (raw === undefined) continue;
    const parts = FILTER_TABLES[key].find(raw) ? [raw] : splitValues(raw);
    const found: { value: string; predicate: Predicate }[] = [];
    for (const part of parts) {
      const one = actorValue(key, part, corpus, locale);
      if (!one.ok) return one;
      found.push(one);
    }
    selected[key] = found.map((one) => one.value);
    keep(key, selected[key], (record) => found.some((one) => one.predicate(record)));
  }
  addClosedFilters(options, keep);
  const predicate: Predicate = (record) => predicates.every((test) => test(record));
  return { ok: true, predicate, active, selected };
}

/** The filters whose values the option schemas already checked. */
function addClosedFilters(
  options: FilterOptions,
  keep: (key: FilterKey, values: readonly string[], predicate: Predicate) => void,
): void {
  const { area, type, status, kind, year } = options;
  if (area !== undefined)
    keep('area', area.map(String), (record) => record.areas.some((n) => area.includes(n)));
  // Every type at once (type:all) is no filter at all.
  if (type !== undefined && type.length < 3)
    keep('type', type, (record) => type.includes(record.type));
  if (status !== undefined)
    keep(
      'status',
      status,
      (record) => record.status !== undefined && status.includes(record.status),
    );
  if (kind !== undefined)
    keep('kind', kind, (record) => record.kind !== undefined && kind.includes(record.kind));
  if (year !== undefined) {
    const { from, to } = year;
    keep(
      'year',
      [from === to ? String(from) : `${from}-${to}`],
      (record) => record.years !== null && record.years.from <= to && record.years.to >= from,
    );
  }
}
