import { KINDS, type Kind, STATUSES, type Status } from '../corpus/schema.js';
import type { MessageKey } from '../i18n/index.js';
import { mineralName, placeName, statusWord, typeWord, type Wording } from '../i18n/value-names.js';
import type { Bucket, RecordType } from '../reply.js';
import { NOT_STATED, STALE_ONGOING, type StatField } from './bucket-keys.js';

// A bucket's key is the corpus's English (it is what `--json` and the tests read); its label
// is how a chart shows it to the reader: a status, type or kind in the words the filters
// accept, a place or mineral by its name in the reader's language, "not stated" translated.
// Organisations, donors, years and the ILO's area names stay as the corpus writes them.

const KIND_WORDS: Record<Kind, MessageKey> = {
  project: 'values:kind-word.project',
  standard: 'values:kind-word.standard',
  law: 'values:kind-word.law',
  initiative: 'values:kind-word.initiative',
  toolkit: 'values:kind-word.toolkit',
  fund: 'values:kind-word.fund',
};

const isStatus = (key: string): key is Status => (STATUSES as readonly string[]).includes(key);
const isKind = (key: string): key is Kind => (KINDS as readonly string[]).includes(key);
const isType = (key: string): key is RecordType =>
  key === 'intervention' || key === 'report' || key === 'lesson';

/** How one bucket key of a field reads in the reader's language. */
export function bucketLabel(field: StatField, key: string, wording: Wording): string {
  const { locale, t } = wording;
  if (key === NOT_STATED) return t('values:not-stated');
  switch (field) {
    case 'status':
      if (key === STALE_ONGOING) return t('values:status.stale');
      return isStatus(key) ? statusWord(t, key) : key;
    case 'type':
      return isType(key) ? typeWord(t, key) : key;
    case 'kind':
      return isKind(key) ? t(KIND_WORDS[key]) : key;
    case 'country':
    case 'region':
      return placeName(locale, key);
    case 'mineral':
      return mineralName(locale, key);
    default:
      return key;
  }
}

/** The buckets with their keys as the reader reads them (for charts, not for data). */
export function labelBuckets(
  buckets: readonly Bucket[],
  field: StatField,
  wording: Wording,
): Bucket[] {
  return buckets.map((bucket) => ({ ...bucket, key: bucketLabel(field, bucket.key, wording) }));
}

/** A rows × columns table with its row and column keys as the reader reads them. */
export function labelTable<T extends { rows: string[]; columns: string[] }>(
  table: T,
  fields: readonly [StatField, StatField],
  wording: Wording,
): T {
  return {
    ...table,
    rows: table.rows.map((row) => bucketLabel(fields[0], row, wording)),
    columns: table.columns.map((column) => bucketLabel(fields[1], column, wording)),
  };
}
