import type { Corpus } from './corpus/corpus.js';
import type { DataStamp } from './reply.js';

// Which data answered, as every reply carries it and every footer words it.

export const dataStampOf = (corpus: Corpus): DataStamp => ({
  date: corpus.date,
  records: corpus.records.length,
});

/** "data of 2026-11-30 · 256 records": the footer line every adapter shows. */
export function describeData(stamp: DataStamp | undefined): string {
  if (!stamp) return '';
  const count = `${stamp.records} record${stamp.records === 1 ? '' : 's'}`;
  return `data of ${stamp.date ?? 'no recorded date'} · ${count}`;
}
