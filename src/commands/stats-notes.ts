import type { CorpusRecord } from '../corpus/corpus.js';
import type { RecordType } from '../reply.js';
import { RECORD_TYPES } from './command-options.js';
import { INTERVENTION_ONLY, type StatField } from './count-buckets.js';
import { STALE_BUCKET_NOTE, staleCount, staleOngoingNote } from './stale-note.js';
import { FIELD_NAMES } from './stats-fields.js';

/**
 * What stats counts: the types asked for; every type when counting by type;
 * else interventions, because the mapping is about interventions.
 */
export function countedTypes(asked: readonly RecordType[] | undefined, by: readonly StatField[]) {
  if (asked) return asked;
  return by.includes('type') ? RECORD_TYPES : (['intervention'] as const);
}

export function typesNoun(types: readonly RecordType[]): string {
  if (types.length === RECORD_TYPES.length) return 'records';
  return types.map((type) => `${type}s`).join(' and ');
}

/** The notes above the chart: what was counted, what else matched, how to read the rows. */
export function statsNotes(
  by: readonly StatField[],
  counted: readonly RecordType[],
  matched: readonly CorpusRecord[],
  records: readonly CorpusRecord[],
  buckets: readonly { count: number }[],
): string[] {
  const notes: string[] = [];
  const others = RECORD_TYPES.filter((type) => !counted.includes(type)).map((type) => ({
    type,
    count: matched.filter((record) => record.type === type).length,
  }));
  if (others.length > 0) {
    const list = others.map(({ type, count }) => `${count} ${type}${count === 1 ? '' : 's'}`);
    const keys = others.map(({ type }) => `type:${type}`).join(', ');
    notes.push(
      `Counting ${typesNoun(counted)}. The same filters also match ${list.join(' and ')} (${keys} or type:all to count them).`,
    );
  }
  const missing = by.filter((field) => INTERVENTION_ONLY.includes(field));
  if (missing.length > 0 && counted.some((type) => type !== 'intervention'))
    notes.push(
      `Only interventions have ${missing.map((field) => FIELD_NAMES[field]).join(' or ')}; others count as "not stated".`,
    );
  if (buckets.reduce((sum, bucket) => sum + bucket.count, 0) > records.length)
    notes.push(
      `A record can count in several rows, so the rows add up to more than ${records.length}.`,
    );
  if (by[1] === 'area') notes.push('Columns are the areas of work by number; `areas` names them.');
  if (by.includes('area'))
    notes.push('Areas of work are a judgement from each intervention’s described activities.');
  if (by.includes('year'))
    notes.push('Year is the start year of an intervention and the publication year of a report.');
  return notes;
}

/** What a reader must know about "ongoing" on old evidence (see stale-note.ts). */
export function staleNotes(
  records: readonly CorpusRecord[],
  status: readonly string[] | undefined,
  by: readonly StatField[],
  now: Date,
): string[] {
  const notes: string[] = [];
  const stale = staleOngoingNote(records, status?.length === 1 ? status[0] : undefined, now);
  if (stale) notes.push(stale);
  if (by.includes('status') && staleCount(records, now) > 0) notes.push(STALE_BUCKET_NOTE);
  return notes;
}
