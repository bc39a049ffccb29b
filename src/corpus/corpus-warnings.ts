import type { RecordType } from '../reply.js';
import { isMirror, mirrorOf } from '../vocabulary/publishers.js';
import type { Corpus, CorpusRecord } from './corpus.js';
import { readStatus } from './status-reading.js';

// What `corpus check` reports without failing: the data loads and answers, but a
// reader quoting it would be on weak ground (old evidence, copies, borrowed sources).

export interface WarnedRecord {
  type: RecordType;
  id: string;
}

export type CorpusWarning =
  /** Reported ongoing on evidence more than three years old; `reading` says as of when. */
  | { kind: 'stale-status'; record: WarnedRecord; reading: string }
  /** Every source is a copy on a document mirror; `mirrors` names the hosts. */
  | { kind: 'only-copies'; record: WarnedRecord; mirrors: string[] }
  /** Two or more records whose lists of source URLs are identical. */
  | { kind: 'shared-sources'; records: WarnedRecord[] };

export interface CorpusWarnings {
  warnings: CorpusWarning[];
  /** Records whose first source is a mirror copy. */
  leadWithCopy: number;
  /** Records with no source but mirror copies: still without a publisher link. */
  onlyCopies: number;
}

const sourcesOf = (record: CorpusRecord): readonly string[] => record.source.sources;
const warned = (record: CorpusRecord): WarnedRecord => ({ type: record.type, id: record.id });

function sharedSources(records: readonly CorpusRecord[]): CorpusWarning[] {
  const byList = new Map<string, CorpusRecord[]>();
  for (const record of records) {
    const key = JSON.stringify(sourcesOf(record));
    byList.set(key, [...(byList.get(key) ?? []), record]);
  }
  return [...byList.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({ kind: 'shared-sources', records: group.map(warned) }));
}

/** The warnings for a valid corpus, read against `now` (statuses go stale with time). */
export function corpusWarnings(corpus: Corpus, now: Date): CorpusWarnings {
  const warnings: CorpusWarning[] = [];
  let leadWithCopy = 0;
  let onlyCopies = 0;
  for (const record of corpus.records) {
    if (record.status) {
      const reading = readStatus(record.status, record.statusAsOf, now);
      if (reading.stale)
        warnings.push({ kind: 'stale-status', record: warned(record), reading: reading.text });
    }
    const sources = sourcesOf(record);
    if (isMirror(sources[0] ?? '')) leadWithCopy += 1;
    // The schema guarantees at least one source, so `every` never passes on an empty list.
    if (sources.every(isMirror)) {
      onlyCopies += 1;
      const mirrors = [...new Set(sources.map((url) => mirrorOf(url) ?? url))];
      warnings.push({ kind: 'only-copies', record: warned(record), mirrors });
    }
  }
  warnings.push(...sharedSources(corpus.records));
  return { warnings, leadWithCopy, onlyCopies };
}
