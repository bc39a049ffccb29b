import type { CorpusRecord } from '../corpus/corpus.js';
import { STALE_AFTER_YEARS } from '../corpus/status-reading.js';
import type { RecordType } from '../reply.js';
import { RECORD_TYPES } from './command-options.js';
import { INTERVENTION_ONLY, type StatField } from './count-buckets.js';
import { staleCount, staleOngoingCounts } from './stale-note.js';
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

// The caveats under a count, as short clauses the reply shows on one line of small
// print (a phone reads one line, not a stack of notes). Every fact stays; only the
// wording is shorter.

/** What was counted, what else matched, how to read the rows. */
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
    const keys = [...others.map(({ type }) => `type:${type}`), 'type:all'].join(', ');
    notes.push(`Counting ${typesNoun(counted)}; also matching ${list.join(', ')} (${keys})`);
  }
  const missing = by.filter((field) => INTERVENTION_ONLY.includes(field));
  if (missing.length > 0 && counted.some((type) => type !== 'intervention'))
    notes.push(
      `Only interventions have ${missing.map((field) => FIELD_NAMES[field]).join(' or ')} (others: "not stated")`,
    );
  if (buckets.reduce((sum, bucket) => sum + bucket.count, 0) > records.length)
    notes.push(`Rows add up to more than ${records.length}: a record can be in several`);
  if (by[1] === 'area') notes.push('Columns are area numbers (`areas` names them)');
  if (by.includes('area')) notes.push('Areas are judged from each intervention’s activities');
  if (by.includes('year')) notes.push('Year: an intervention’s start, a report’s publication');
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
  const counts = staleOngoingCounts(records, status?.length === 1 ? status[0] : undefined, now);
  if (counts) {
    const undated = counts.undated > 0 ? `; ${counts.undated} carry no date` : '';
    notes.push(
      `${counts.stale} of ${counts.ongoing} reported ongoing ${counts.stale === 1 ? 'rests' : 'rest'} on evidence over ${STALE_AFTER_YEARS} years old${undated}`,
    );
  }
  if (by.includes('status') && staleCount(records, now) > 0)
    notes.push(
      `"last reported ongoing": evidence over ${STALE_AFTER_YEARS} years old, not counted as ongoing`,
    );
  return notes;
}
