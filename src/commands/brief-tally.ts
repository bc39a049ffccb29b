import type { CorpusRecord } from '../corpus/corpus.js';
import type { StatusReading } from '../corpus/status-reading.js';
import type { Bucket } from '../reply.js';
import { BucketCounter, type CountScope, type StatField } from './count-buckets.js';
import { statusOf } from './record-item.js';

// Everything a brief counts, in one pass over its records: a topic such as
// "mercury" matches a sixth of a large corpus, and a pass per count showed.

export interface BriefTally {
  interventions: CorpusRecord[];
  reports: CorpusRecord[];
  lessons: CorpusRecord[];
  /** Buckets per field asked for, in the fields' order. */
  buckets: Map<StatField, Bucket[]>;
  /** Interventions reported ongoing, in the records' order, each status read once. */
  ongoing: { record: CorpusRecord; reading: StatusReading }[];
  /** Areas of work that at least one intervention covers. */
  coveredAreas: Set<number>;
}

export interface TallyFields {
  /** Counted over every record. */
  all: readonly StatField[];
  /** Counted over interventions only. */
  interventions: readonly StatField[];
}

export function tallyBrief(
  records: readonly CorpusRecord[],
  fields: TallyFields,
  scope: CountScope,
): BriefTally {
  const tally: BriefTally = {
    interventions: [],
    reports: [],
    lessons: [],
    buckets: new Map(),
    ongoing: [],
    coveredAreas: new Set(),
  };
  const all = fields.all.map((field) => new BucketCounter(field, scope));
  const ofInterventions = fields.interventions.map((field) => new BucketCounter(field, scope));
  for (const record of records) {
    for (const counter of all) counter.add(record);
    if (record.type === 'report') tally.reports.push(record);
    else if (record.type === 'lesson') tally.lessons.push(record);
    else {
      tally.interventions.push(record);
      for (const counter of ofInterventions) counter.add(record);
      for (const area of record.areas) tally.coveredAreas.add(area);
      const reading = record.status === 'ongoing' ? statusOf(record, scope.now) : undefined;
      if (reading) tally.ongoing.push({ record, reading });
    }
  }
  for (const counter of [...ofInterventions, ...all])
    tally.buckets.set(counter.field, counter.buckets());
  return tally;
}
