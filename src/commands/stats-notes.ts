import type { CorpusRecord } from '../corpus/corpus.js';
import { STALE_AFTER_YEARS } from '../corpus/status-reading.js';
import { listOf } from '../i18n/list-format.js';
import { typeWord, type Wording } from '../i18n/value-names.js';
import type { RecordType } from '../reply.js';
import { RECORD_TYPES } from './command-options.js';
import { INTERVENTION_ONLY, type StatField } from './count-buckets.js';
import { staleCount, staleOngoingCounts } from './stale-note.js';
import { fieldName } from './stats-fields.js';

/**
 * What stats counts: the types asked for; every type when counting by type;
 * else interventions, because the mapping is about interventions.
 */
export function countedTypes(asked: readonly RecordType[] | undefined, by: readonly StatField[]) {
  if (asked) return asked;
  return by.includes('type') ? RECORD_TYPES : (['intervention'] as const);
}

/** "interventions", "interventions and reports", "records" (every type), plural by `count`. */
export function typesNoun(types: readonly RecordType[], wording: Wording, count = 2): string {
  const { locale, t } = wording;
  if (types.length === RECORD_TYPES.length) return typeWord(t, 'all', count);
  return listOf(
    locale,
    types.map((type) => typeWord(t, type, count)),
  );
}

/** "12 interventions", "1 234 fiches": a count of records of these types. */
export function countedRecords(types: readonly RecordType[], count: number, wording: Wording) {
  return wording.t('stats:counted', { count, noun: typesNoun(types, wording, count) });
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
  wording: Wording,
): string[] {
  const { locale, t } = wording;
  const notes: string[] = [];
  const others = RECORD_TYPES.filter((type) => !counted.includes(type)).map((type) => ({
    type,
    count: matched.filter((record) => record.type === type).length,
  }));
  if (others.length > 0) {
    const list = others.map(({ type, count }) => countedRecords([type], count, wording));
    const keys = [...others.map(({ type }) => `type:${type}`), 'type:all'].join(', ');
    const noun = typesNoun(counted, wording);
    notes.push(t('stats:note.others', { noun, list: list.join(', '), keys }));
  }
  const missing = by.filter((field) => INTERVENTION_ONLY.includes(field));
  if (missing.length > 0 && counted.some((type) => type !== 'intervention'))
    notes.push(
      t('stats:note.intervention-only', {
        fields: listOf(
          locale,
          missing.map((field) => fieldName(t, field)),
          'disjunction',
        ),
        label: t('values:not-stated'),
      }),
    );
  if (buckets.reduce((sum, bucket) => sum + bucket.count, 0) > records.length)
    notes.push(t('stats:note.rows-over', { count: records.length }));
  if (by[1] === 'area') notes.push(t('stats:note.area-columns'));
  if (by.includes('area')) notes.push(t('stats:note.areas-judged'));
  if (by.includes('year')) notes.push(t('stats:note.year'));
  return notes;
}

/** What a reader must know about "ongoing" on old evidence (see stale-note.ts). */
export function staleNotes(
  records: readonly CorpusRecord[],
  status: readonly string[] | undefined,
  by: readonly StatField[],
  now: Date,
  { t }: Wording,
): string[] {
  const notes: string[] = [];
  const counts = staleOngoingCounts(records, status?.length === 1 ? status[0] : undefined, now);
  if (counts) {
    const years = STALE_AFTER_YEARS;
    const note = t('stats:note.stale', { count: counts.stale, total: counts.ongoing, years });
    notes.push(
      counts.undated > 0 ? t('stats:note.stale-undated', { note, count: counts.undated }) : note,
    );
  }
  if (by.includes('status') && staleCount(records, now) > 0)
    notes.push(
      t('stats:note.stale-bucket', { label: t('values:status.stale'), years: STALE_AFTER_YEARS }),
    );
  return notes;
}
