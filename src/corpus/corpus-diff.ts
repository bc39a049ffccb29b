import type { Corpus } from './corpus.js';
import { diffRecords, type RecordDiff } from './record-diff.js';

/** Every record of two corpora compared by id: added, removed, changed field by field. */
export function diffCorpora(before: Corpus, after: Corpus): RecordDiff {
  const all = (corpus: Corpus) =>
    [...corpus.interventions, ...corpus.reports, ...corpus.lessons] as unknown as Record<
      string,
      unknown
    >[];
  const diff = diffRecords(all(before), all(after));
  const kept = new Set(after.records.map((record) => record.id));
  diff.removed = before.records.filter((record) => !kept.has(record.id)).map((record) => record.id);
  return diff;
}
