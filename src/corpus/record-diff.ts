import { isDeepStrictEqual } from 'node:util';
import { runAtOnce, type Steps } from '../run-in-slices.js';

// What an import would change, record by record and field by field.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RecordDiff {
  added: string[];
  changed: { id: string; fields: FieldChange[] }[];
  unchanged: string[];
  /** Only when comparing whole collections (a reload), not an import that adds or replaces. */
  removed?: string[];
}

type Keyed = Record<string, unknown> & { id?: unknown };

export function diffRecords(before: readonly Keyed[], incoming: readonly Keyed[]): RecordDiff {
  return runAtOnce(diffSteps(before, incoming));
}

/** Compares a record a step (a reload compares its corpora in slices). */
export function* diffSteps(
  before: readonly Keyed[],
  incoming: readonly Keyed[],
): Steps<RecordDiff> {
  const old = new Map(before.map((record) => [String(record.id), record]));
  const diff: RecordDiff = { added: [], changed: [], unchanged: [] };
  for (const record of incoming) {
    const id = String(record.id);
    const previous = old.get(id);
    if (!previous) {
      diff.added.push(id);
      continue;
    }
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(record)])]
      .filter((field) => !isDeepStrictEqual(previous[field], record[field]))
      .map((field) => ({ field, before: previous[field], after: record[field] }));
    if (fields.length === 0) diff.unchanged.push(id);
    else diff.changed.push({ id, fields });
    yield;
  }
  return diff;
}

/** Replaces records by id and appends new ones, keeping the collection's order. */
export function mergeRecords<T extends Keyed>(before: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(incoming.map((record) => [String(record.id), record]));
  const merged = before.map((record) => byId.get(String(record.id)) ?? record);
  const kept = new Set(before.map((record) => String(record.id)));
  return [...merged, ...incoming.filter((record) => !kept.has(String(record.id)))];
}
