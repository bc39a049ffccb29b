import type { Corpus, CorpusRecord } from '../corpus/corpus.js';
import { readStatus } from '../corpus/status-reading.js';
import type { Bucket } from '../reply.js';
import type { FilterResult } from '../search/resolve-filters.js';
import { organisationWithParents } from '../vocabulary/organisations.js';
import { regionsOfCountry, subRegions, TOP_REGIONS } from '../vocabulary/places.js';

// Counting is a pure function over records: the same records, the same counts.

export const STAT_FIELDS = [
  'area',
  'mineral',
  'country',
  'region',
  'org',
  'donor',
  'status',
  'kind',
  'year',
  'type',
] as const;
export type StatField = (typeof STAT_FIELDS)[number];

/** Fields that only interventions have: counting them over reports would only add "not stated". */
export const INTERVENTION_ONLY: readonly StatField[] = ['area', 'org', 'donor', 'status', 'kind'];

export const NOT_STATED = 'not stated';
/** The status bucket of "ongoing" on evidence too old to count as ongoing today. */
export const STALE_ONGOING = 'last reported ongoing';

/** What counting needs: the corpus, and today (a status's evidence ages). */
export interface CountScope {
  corpus: Corpus;
  now: Date;
}

/** The values the filters chose, so that rows of a filtered dimension stay inside the filter. */
export type Within = Extract<FilterResult, { ok: true }>['selected'];

/** An organisation's row: the chosen organisation it belongs to, else the top of its family. */
function actorKeys(labels: readonly string[], chosen: readonly string[] | undefined): string[] {
  return labels.flatMap((label) => {
    const chain = organisationWithParents(label);
    if (!chosen) return [chain.at(-1) ?? label];
    return chosen.filter((name) => chain.includes(name));
  });
}

function regionKeys(record: CorpusRecord, within: Within): string[] {
  const rows = within.region ? within.region.flatMap(subRegions) : TOP_REGIONS;
  return record.regions.filter((region) => rows.includes(region));
}

function countryKeys(record: CorpusRecord, within: Within): string[] {
  const { country, region } = within;
  return record.countries.filter(
    (name) =>
      (!country || country.includes(name)) &&
      (!region || regionsOfCountry(name).some((one) => region.includes(one))),
  );
}

/** The bucket keys one record falls in for a field (several for multi-valued fields). */
export function bucketKeys(
  record: CorpusRecord,
  field: StatField,
  scope: CountScope,
  within: Within = {},
): string[] {
  const { corpus } = scope;
  let keys: string[];
  switch (field) {
    case 'area':
      keys = record.areas.map((number) => areaLabel(number, corpus));
      break;
    case 'mineral':
      keys = within.mineral
        ? record.minerals.filter((name) => within.mineral?.includes(name))
        : record.minerals;
      break;
    case 'country':
      keys = countryKeys(record, within);
      break;
    case 'region':
      keys = regionKeys(record, within);
      break;
    case 'org':
      keys = actorKeys(record.organisations, within.org);
      break;
    case 'donor':
      keys = actorKeys(record.donors, within.donor);
      break;
    case 'status':
      keys = record.status ? [statusKey(record, scope.now)] : [];
      break;
    case 'kind':
      keys = record.kind ? [record.kind] : [];
      break;
    case 'year':
      keys = record.years ? [String(record.years.from)] : [];
      break;
    case 'type':
      keys = [record.type];
      break;
  }
  return keys.length > 0 ? keys : [NOT_STATED];
}

function statusKey(record: CorpusRecord, now: Date): string {
  if (!record.status) return NOT_STATED;
  return readStatus(record.status, record.statusAsOf, now).stale ? STALE_ONGOING : record.status;
}

export function areaLabel(number: number, corpus: Corpus): string {
  const area = corpus.areas.find((candidate) => candidate.number === number);
  return `${number} ${area?.short ?? ''}`.trim();
}

/** Count of records per key, most first; ties and years in a stable order. */
export function countBuckets(
  records: readonly CorpusRecord[],
  field: StatField,
  scope: CountScope,
  within: Within = {},
): Bucket[] {
  const { corpus } = scope;
  const counts = new Map<string, number>();
  // Every area gets a row, so an area with no work shows as 0: a gap, not an omission.
  if (field === 'area')
    for (const area of corpus.areas) counts.set(areaLabel(area.number, corpus), 0);
  for (const record of records) {
    for (const key of new Set(bucketKeys(record, field, scope, within)))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ordered = field === 'area' || field === 'year' ? byKey : byCount;
  return [...counts].map(([key, count]) => ({ key, count })).sort(ordered);
}

function byCount(a: Bucket, b: Bucket): number {
  if ((a.key === NOT_STATED) !== (b.key === NOT_STATED)) return a.key === NOT_STATED ? 1 : -1;
  return b.count - a.count || a.key.localeCompare(b.key);
}

function byKey(a: Bucket, b: Bucket): number {
  if ((a.key === NOT_STATED) !== (b.key === NOT_STATED)) return a.key === NOT_STATED ? 1 : -1;
  return a.key.localeCompare(b.key, 'en', { numeric: true });
}

/** Rows × columns: records that fall in both a row key and a column key. */
export function crossCount(
  records: readonly CorpusRecord[],
  rows: StatField,
  columns: StatField,
  scope: CountScope,
  within: Within = {},
): { rows: string[]; columns: string[]; counts: number[][] } {
  const rowKeys = countBuckets(records, rows, scope, within).map((bucket) => bucket.key);
  const columnKeys = countBuckets(records, columns, scope, within).map((bucket) => bucket.key);
  const counts = rowKeys.map(() => columnKeys.map(() => 0));
  for (const record of records) {
    const inColumns = new Set(bucketKeys(record, columns, scope, within));
    for (const row of new Set(bucketKeys(record, rows, scope, within))) {
      const r = rowKeys.indexOf(row);
      for (const column of inColumns) {
        const c = columnKeys.indexOf(column);
        const line = counts[r];
        if (line) line[c] = (line[c] ?? 0) + 1;
      }
    }
  }
  return { rows: rowKeys, columns: columnKeys, counts };
}
