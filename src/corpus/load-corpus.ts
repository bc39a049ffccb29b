import type { z } from 'zod';
import { runAtOnce, runInSlices, type Steps } from '../run-in-slices.js';
import { corpusSteps } from './build-records.js';
import { referenceSteps } from './check-references.js';
import type { Corpus } from './corpus.js';
import { type CorpusIssue, formatIssue } from './corpus-issue.js';
import { normaliseNames } from './normalise-names.js';
import {
  type FileRead,
  type Indexed,
  type JsonReading,
  readCollectionFile,
  readCollectionFileAsync,
  validateCollection,
} from './read-collection.js';
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

const FILES = ['interventions', 'reports', 'lessons', 'areas', 'manifest'] as const;
type FileName = (typeof FILES)[number];
/** The corpus folder's files as read, before any is checked. */
export type CorpusFiles = Record<FileName, FileRead>;
const REQUIRED: ReadonlySet<FileName> = new Set(['interventions', 'areas']);

function readCorpusFiles(dir: string, displayDir: string): CorpusFiles {
  const read = (name: FileName) =>
    readCollectionFile(dir, displayDir, `${name}.json`, REQUIRED.has(name));
  return Object.fromEntries(FILES.map((name) => [name, read(name)])) as CorpusFiles;
}

async function readCorpusFilesAsync(dir: string, displayDir: string): Promise<CorpusFiles> {
  const read = (name: FileName) =>
    readCollectionFileAsync(dir, displayDir, `${name}.json`, REQUIRED.has(name));
  const texts = await Promise.all(FILES.map(read));
  return Object.fromEntries(FILES.map((name, at) => [name, texts[at]])) as CorpusFiles;
}

/**
 * Reads and validates a corpus folder: every file, every record, every rule.
 * `displayDir` is how messages name the folder (e.g. "corpus").
 */
export function loadCorpus(dir: string, displayDir = dir): LoadResult {
  return runAtOnce(checkCorpusFiles(readCorpusFiles(dir, displayDir), displayDir, 'whole'));
}

/** Like loadCorpus, in slices: the bot keeps answering while a large folder is read again. */
export async function loadCorpusInSlices(dir: string, displayDir = dir): Promise<LoadResult> {
  const files = await readCorpusFilesAsync(dir, displayDir);
  return runInSlices(checkCorpusFiles(files, displayDir, 'elementwise'));
}

/** What checking has found so far: the problems, and the ids of records that failed. */
interface Found {
  displayDir: string;
  reading: JsonReading;
  issues: CorpusIssue[];
  invalidIds: Set<string>;
}

function* readRecords<T>(read: FileRead, name: FileName, schema: z.ZodType<T>, found: Found) {
  const file = `${found.displayDir}/${name}.json`;
  const result = yield* validateCollection(read, file, schema, found.reading);
  found.issues.push(...result.issues);
  for (const id of result.invalidIds) found.invalidIds.add(id);
  return result.records;
}

function* normalised<T extends Intervention | Report>(
  name: FileName,
  entries: Indexed<T>[],
  found: Found,
): Steps<Indexed<T>[]> {
  const out: Indexed<T>[] = [];
  for (const { record, index } of entries) {
    const where = { file: `${found.displayDir}/${name}.json`, index, id: record.id };
    out.push({ record: normaliseNames(record, where, found.issues), index });
    yield;
  }
  return out;
}

/** Every record, every rule, a record a step. */
function* checkCorpusFiles(
  files: CorpusFiles,
  displayDir: string,
  reading: JsonReading,
): Steps<LoadResult> {
  const found: Found = { displayDir, reading, issues: [], invalidIds: new Set() };
  const { issues } = found;
  const interventions = yield* normalised(
    'interventions',
    yield* readRecords(files.interventions, 'interventions', interventionSchema, found),
    found,
  );
  const reports = yield* normalised(
    'reports',
    yield* readRecords(files.reports, 'reports', reportSchema, found),
    found,
  );
  const lessons = yield* readRecords(files.lessons, 'lessons', lessonSchema, found);
  const areas = yield* readRecords(files.areas, 'areas', areaSchema, found);
  const collections = { interventions, reports, lessons, areas };
  // A file that could not be read at all would make every reference to it look broken.
  const fileUnread = issues.some((issue) => issue.index === undefined);
  if (!fileUnread)
    issues.push(...(yield* referenceSteps(collections, displayDir, found.invalidIds)));
  const { manifest, issues: manifestIssues } = readManifest(files.manifest, displayDir);
  issues.push(...manifestIssues);
  if (issues.length > 0) return { ok: false, problems: issues.map(formatIssue) };
  const records = <T>(entries: Indexed<T>[]) => entries.map((entry) => entry.record);
  const corpus = yield* corpusSteps({
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
