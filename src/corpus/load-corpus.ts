import { buildCorpus } from './build-records.js';
import { checkReferences } from './check-references.js';
import type { Corpus } from './corpus.js';
import { type CorpusIssue, formatIssue } from './corpus-issue.js';
import { normaliseNames } from './normalise-names.js';
import { type Indexed, readCollection } from './read-collection.js';
import { readManifest } from './read-manifest.js';
import {
  areaSchema,
  type Intervention,
  interventionSchema,
  lessonSchema,
  type Report,
  reportSchema,
} from './schema.js';

export type LoadResult =
  | {
      ok: true;
      corpus: Corpus;
      counts: Record<'interventions' | 'reports' | 'lessons' | 'areas', number>;
    }
  | { ok: false; problems: string[] };

/**
 * Reads and validates a corpus folder: every file, every record, every rule.
 * `displayDir` is how messages name the folder (e.g. "corpus").
 */
export function loadCorpus(dir: string, displayDir = dir): LoadResult {
  const issues: CorpusIssue[] = [];
  const invalidIds = new Set<string>();
  const read = <T>(
    name: string,
    schema: Parameters<typeof readCollection<T>>[3],
    required: boolean,
  ) => {
    const result = readCollection(dir, displayDir, `${name}.json`, schema, required);
    issues.push(...result.issues);
    for (const id of result.invalidIds) invalidIds.add(id);
    return result.records;
  };
  const normalised = <T extends Intervention | Report>(name: string, entries: Indexed<T>[]) =>
    entries.map(({ record, index }) => ({
      record: normaliseNames(
        record,
        { file: `${displayDir}/${name}.json`, index, id: record.id },
        issues,
      ),
      index,
    }));
  const interventions = normalised(
    'interventions',
    read('interventions', interventionSchema, true),
  );
  const reports = normalised('reports', read('reports', reportSchema, false));
  const lessons = read('lessons', lessonSchema, false);
  const areas = read('areas', areaSchema, true);
  const collections = { interventions, reports, lessons, areas };
  // A file that could not be read at all would make every reference to it look broken.
  const fileUnread = issues.some((issue) => issue.index === undefined);
  if (!fileUnread) issues.push(...checkReferences(collections, displayDir, invalidIds));
  const { manifest, issues: manifestIssues } = readManifest(dir, displayDir);
  issues.push(...manifestIssues);
  if (issues.length > 0) return { ok: false, problems: issues.map(formatIssue) };
  const records = <T>(entries: Indexed<T>[]) => entries.map((entry) => entry.record);
  const corpus = buildCorpus({
    interventions: records(interventions),
    reports: records(reports),
    lessons: records(lessons),
    areas: records(areas),
    date: manifest?.date ?? null,
  });
  const counts = {
    interventions: interventions.length,
    reports: reports.length,
    lessons: lessons.length,
    areas: areas.length,
  };
  return { ok: true, corpus, counts };
}
