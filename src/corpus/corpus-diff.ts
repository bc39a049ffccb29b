import { runAtOnce, runInSlices, type Steps } from '../run-in-slices.js';
import type { Corpus } from './corpus.js';
import { diffSteps, type RecordDiff } from './record-diff.js';

/** Every record of two corpora compared by id: added, removed, changed field by field. */
export function diffCorpora(before: Corpus, after: Corpus): RecordDiff {
  return runAtOnce(corpusDiffSteps(before, after));
}

/** Like diffCorpora, in slices: a reload's diff does not hold up replies. */
export function diffCorporaInSlices(before: Corpus, after: Corpus): Promise<RecordDiff> {
  return runInSlices(corpusDiffSteps(before, after));
}

function* corpusDiffSteps(before: Corpus, after: Corpus): Steps<RecordDiff> {
  const all = (corpus: Corpus) =>
    [...corpus.interventions, ...corpus.reports, ...corpus.lessons] as unknown as Record<
      string,
      unknown
    >[];
  const diff = yield* diffSteps(all(before), all(after));
  const kept = new Set(after.records.map((record) => record.id));
  diff.removed = before.records.filter((record) => !kept.has(record.id)).map((record) => record.id);
  return diff;
}
