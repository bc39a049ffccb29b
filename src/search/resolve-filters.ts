import type { FilterOptions } from '../commands/command-options.js';
import type { Corpus, CorpusRecord } from '../corpus/corpus.js';
import { closestWords } from '../text/closest-words.js';
import { foldText } from '../text/fold-text.js';
import { MINERALS } from '../vocabulary/minerals.js';
import type { NamedTable } from '../vocabulary/named-table.js';
import { COUNTRIES, REGIONS } from '../vocabulary/places.js';
import type { FilterKey } from './parse-query.js';

// Filters are plain predicates over records. A value is checked against what
// the corpus holds, so a typo gets a did-you-mean rather than an empty list.

export type Predicate = (record: CorpusRecord) => boolean;

export type FilterResult =
  | { ok: true; predicate: Predicate; active: { key: FilterKey; value: string }[] }
  | { ok: false; key: FilterKey; message: string; alternatives: string[] };

/** Values present in the corpus for the named-table filters, for did-you-mean. */
function presentValues(
  corpus: Corpus,
  pick: (record: CorpusRecord) => readonly string[],
): Set<string> {
  return new Set(corpus.records.flatMap(pick));
}

/** `present` is only called on a miss: the did-you-mean list costs a pass over the corpus. */
function namedValue(
  key: FilterKey,
  table: NamedTable,
  raw: string,
  present: () => Set<string>,
):
  | { ok: true; value: string }
  | { ok: false; key: FilterKey; message: string; alternatives: string[] } {
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
  const hint = alternatives.length > 0 ? ` — did you mean ${alternatives.join(' or ')}?` : '';
  return { ok: false, key, message: `Unknown ${key} "${raw}"${hint}`, alternatives };
}

const containsName = (names: readonly string[], wanted: string): boolean =>
  names.some((name) => {
    const folded = foldText(name);
    return folded === wanted || ` ${folded} `.includes(` ${wanted} `);
  });

/** Filters whose values come from a vocabulary table, checked against what the corpus holds. */
const NAMED_FILTERS: readonly {
  key: 'mineral' | 'country' | 'region';
  table: NamedTable;
  values: (record: CorpusRecord) => readonly string[];
}[] = [
  { key: 'mineral', table: MINERALS, values: (record) => record.minerals },
  { key: 'country', table: COUNTRIES, values: (record) => record.countries },
  { key: 'region', table: REGIONS, values: (record) => record.regions },
];

export function resolveFilters(options: FilterOptions, corpus: Corpus): FilterResult {
  const predicates: Predicate[] = [];
  const active: { key: FilterKey; value: string }[] = [];
  const keep = (key: FilterKey, value: string, predicate: Predicate) => {
    predicates.push(predicate);
    active.push({ key, value });
  };

  for (const { key, table, values } of NAMED_FILTERS) {
    const raw = options[key];
    if (raw === undefined) continue;
    const found = namedValue(key, table, raw, () => presentValues(corpus, values));
    if (!found.ok) return found;
    keep(key, found.value, (record) => values(record).includes(found.value));
  }
  for (const key of ['org', 'donor'] as const) {
    const raw = options[key];
    if (raw === undefined) continue;
    const names = (record: CorpusRecord) =>
      key === 'org' ? record.organisationNames : record.donorNames;
    const wanted = foldText(raw);
    if (!corpus.records.some((record) => containsName(names(record), wanted))) {
      const labels = presentValues(corpus, (record) =>
        key === 'org' ? record.organisations : record.donors,
      );
      const alternatives = closestWords(wanted, labels, 3);
      const hint = alternatives.length > 0 ? ` — did you mean ${alternatives.join(' or ')}?` : '';
      const what = key === 'org' ? 'organisation' : 'donor';
      return {
        ok: false,
        key,
        message: `No ${what} in the corpus matches "${raw}"${hint}`,
        alternatives,
      };
    }
    keep(key, raw, (record) => containsName(names(record), wanted));
  }
  if (options.area !== undefined) {
    const area = options.area;
    keep('area', String(area), (record) => record.areas.includes(area));
  }
  if (options.type !== undefined) {
    const type = options.type;
    keep('type', type, (record) => record.type === type);
  }
  if (options.status !== undefined) {
    const status = options.status;
    keep('status', status, (record) => record.status === status);
  }
  if (options.kind !== undefined) {
    const kind = options.kind;
    keep('kind', kind, (record) => record.kind === kind);
  }
  if (options.year !== undefined) {
    const { from, to } = options.year;
    keep(
      'year',
      from === to ? String(from) : `${from}-${to}`,
      (record) => record.years !== null && record.years.from <= to && record.years.to >= from,
    );
  }
  const predicate: Predicate = (record) => predicates.every((test) => test(record));
  return { ok: true, predicate, active };
}
