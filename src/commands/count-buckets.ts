import type { CorpusRecord } from '../corpus/corpus.js';
import type { Bucket } from '../reply.js';
import {
  areaLabel,
  type CountScope,
  type KeysOf,
  keysFor,
  NOT_STATED,
  type StatField,
  type Within,
} from './bucket-keys.js';

// Counting is a pure function over records: the same records, the same counts.

export {
  areaLabel,
  type CountScope,
  INTERVENTION_ONLY,
  NOT_STATED,
  STALE_ONGOING,
  STAT_FIELDS,
  type StatField,
  type Within,
} from './bucket-keys.js';

/** Counts records into one field's buckets, a record at a time (a brief counts several fields in one pass). */
export class BucketCounter {
  private readonly counts = new Map<string, number>();
  private readonly keysOf: KeysOf;

  constructor(
    readonly field: StatField,
    scope: CountScope,
    within: Within = {},
  ) {
    this.keysOf = keysFor(field, scope, within);
    // Every area gets a row, so an area with no work shows as 0: a gap, not an omission.
    if (field === 'area')
      for (const area of scope.corpus.areas)
        this.counts.set(areaLabel(area.number, scope.corpus), 0);
  }

  add(record: CorpusRecord): void {
    const keys = this.keysOf(record);
    if (keys.length === 0) this.bump(NOT_STATED);
    else if (keys.length === 1) this.bump(keys[0] as string);
    else for (const key of new Set(keys)) this.bump(key);
  }

  /** Count of records per key, most first; areas and years in their own order. */
  buckets(): Bucket[] {
    const ordered = this.field === 'area' || this.field === 'year' ? byKey : byCount;
    return [...this.counts].map(([key, count]) => ({ key, count })).sort(ordered);
  }

  private bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

/** Count of records per key, most first; ties and years in a stable order. */
export function countBuckets(
  records: readonly CorpusRecord[],
  field: StatField,
  scope: CountScope,
  within: Within = {},
): Bucket[] {
  const counter = new BucketCounter(field, scope, within);
  for (const record of records) counter.add(record);
  return counter.buckets();
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
  const rowKeysOf = keysFor(rows, scope, within);
  const columnKeysOf = keysFor(columns, scope, within);
  for (const record of records) {
    const inColumns = keySet(columnKeysOf, record);
    for (const row of keySet(rowKeysOf, record)) {
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

function keySet(keysOf: KeysOf, record: CorpusRecord): Set<string> {
  const keys = keysOf(record);
  return new Set(keys.length > 0 ? keys : [NOT_STATED]);
}
