import type { CorpusRecord } from '../corpus/corpus.js';
import { readStatus, STALE_AFTER_YEARS } from '../corpus/status-reading.js';
import type { Translate } from '../i18n/index.js';

// `status:ongoing` means "reported ongoing"; the reply says how many of those
// rest on old evidence, so nobody reads them out as running today.

/** How many records are reported ongoing on evidence too old to count today. */
export function staleCount(records: readonly CorpusRecord[], now: Date): number {
  return records.filter(
    (record) =>
      record.status === 'ongoing' && readStatus(record.status, record.statusAsOf, now).stale,
  ).length;
}

/** For `status:ongoing`: how many reported ongoing, how many on old evidence, how many undated. */
export function staleOngoingCounts(
  records: readonly CorpusRecord[],
  status: string | undefined,
  now: Date,
): { ongoing: number; stale: number; undated: number } | null {
  if (status !== 'ongoing') return null;
  const ongoing = records.filter((record) => record.status === 'ongoing');
  return {
    ongoing: ongoing.length,
    stale: staleCount(ongoing, now),
    undated: ongoing.filter((record) => record.statusAsOf === undefined).length,
  };
}

export function staleOngoingNote(
  records: readonly CorpusRecord[],
  status: string | undefined,
  now: Date,
  t: Translate,
): string | null {
  const counts = staleOngoingCounts(records, status, now);
  if (!counts) return null;
  const { ongoing, stale, undated } = counts;
  const parts = [
    t('values:stale.note', { count: stale, total: ongoing, years: STALE_AFTER_YEARS }),
  ];
  if (undated > 0) parts.push(t('values:stale.undated', { count: undated }));
  return parts.join(' ');
}
