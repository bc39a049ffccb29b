import type { CorpusRecord } from '../corpus/corpus.js';
import { readStatus, STALE_AFTER_YEARS } from '../corpus/status-reading.js';

// `status:ongoing` means "reported ongoing"; the reply says how many of those
// rest on old evidence, so nobody reads them out as running today.

/** How many records are reported ongoing on evidence too old to count today. */
export function staleCount(records: readonly CorpusRecord[], now: Date): number {
  return records.filter(
    (record) =>
      record.status === 'ongoing' && readStatus(record.status, record.statusAsOf, now).stale,
  ).length;
}

export function staleOngoingNote(
  records: readonly CorpusRecord[],
  status: string | undefined,
  now: Date,
): string | null {
  if (status !== 'ongoing') return null;
  const ongoing = records.filter((record) => record.status === 'ongoing');
  const stale = staleCount(ongoing, now);
  const undated = ongoing.filter((record) => record.statusAsOf === undefined).length;
  const parts = [
    `${stale} of these ${ongoing.length} reported ongoing ${stale === 1 ? 'rests' : 'rest'} on evidence more than ${STALE_AFTER_YEARS} years old.`,
  ];
  if (undated > 0) parts.push(`${undated} carry no date for their evidence.`);
  return parts.join(' ');
}

/** What the "last reported ongoing" bucket means, when a count shows it. */
export const STALE_BUCKET_NOTE = `"last reported ongoing": reported ongoing on evidence more than ${STALE_AFTER_YEARS} years old, so not counted as ongoing.`;
