import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Steps } from '../run-in-slices.js';
import { type CorpusIssue, describeValue } from './corpus-issue.js';
import { parseJsonArray } from './parse-json-array.js';
import { fileSizeProblem, recordLimitProblem } from './record-limits.js';

/** A valid record and its position in the file, for messages. */
export interface Indexed<T> {
  record: T;
  index: number;
}

export interface CollectionResult<T> {
  records: Indexed<T>[];
  issues: CorpusIssue[];
  /** Ids of records that failed validation: references to them are not reported again. */
  invalidIds: string[];
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function idOf(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** A collection file as read: its text, or why there is none (`null`: optional and absent). */
export type FileRead = { text: string } | { issue: CorpusIssue | null };

function readFailure(error: unknown, file: string, required: boolean): FileRead {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  if (missing && !required) return { issue: null };
  const message = missing ? 'file not found' : `cannot read: ${(error as Error).message}`;
  return { issue: { file, message } };
}

/** Reads one collection file's text, refusing one too large to read. */
export function readCollectionFile(
  dir: string,
  displayDir: string,
  fileName: string,
  required: boolean,
): FileRead {
  const file = `${displayDir}/${fileName}`;
  try {
    const tooLarge = fileSizeProblem(statSync(join(dir, fileName)).size);
    if (tooLarge) return { issue: { file, message: tooLarge } };
    return { text: readFileSync(join(dir, fileName), 'utf8') };
  } catch (error) {
    return readFailure(error, file, required);
  }
}

/** Like readCollectionFile, without holding the event loop while the disk reads. */
export async function readCollectionFileAsync(
  dir: string,
  displayDir: string,
  fileName: string,
  required: boolean,
): Promise<FileRead> {
  const file = `${displayDir}/${fileName}`;
  try {
    const tooLarge = fileSizeProblem((await stat(join(dir, fileName))).size);
    if (tooLarge) return { issue: { file, message: tooLarge } };
    return { text: await readFile(join(dir, fileName), 'utf8') };
  } catch (error) {
    return readFailure(error, file, required);
  }
}

const only = <T>(issues: CorpusIssue[]): CollectionResult<T> => ({
  records: [],
  issues,
  invalidIds: [],
});

/**
 * How a file's text is parsed: `elementwise`, a record a step, for a read in slices; `whole`,
 * one JSON.parse (several times faster), where nothing waits (a one-shot command, start-up).
 * Both read a text alike and refuse the same texts.
 */
export type JsonReading = 'whole' | 'elementwise';

/**
 * Validates one collection file with its zod schema, a record a step. Every record
 * that fails is reported by index, id and field; the valid ones are returned.
 */
export function* validateCollection<T>(
  read: FileRead,
  file: string,
  schema: z.ZodType<T>,
  reading: JsonReading = 'elementwise',
): Steps<CollectionResult<T>> {
  if (!('text' in read)) return only(read.issue ? [read.issue] : []);
  // Element by element when the file is a plain array; whole for JSON.parse's verdict otherwise.
  let data: unknown = reading === 'elementwise' ? yield* parseJsonArray(read.text) : null;
  try {
    data ??= JSON.parse(read.text);
  } catch (error) {
    return only([{ file, message: `not valid JSON: ${(error as Error).message}` }]);
  }
  if (!Array.isArray(data)) {
    return only([{ file, message: `expected an array of records, got ${describeValue(data)}` }]);
  }
  const result: CollectionResult<T> = { records: [], issues: [], invalidIds: [] };
  for (let index = 0; index < data.length; index++) {
    validateRecord(data[index], index, file, schema, result);
    yield;
  }
  return result;
}

function validateRecord<T>(
  raw: unknown,
  index: number,
  file: string,
  schema: z.ZodType<T>,
  into: CollectionResult<T>,
): void {
  const id = idOf(raw);
  const overLimit = recordLimitProblem(raw);
  if (overLimit) {
    if (id) into.invalidIds.push(id);
    into.issues.push({ file, index, id, message: overLimit });
    return;
  }
  const result = schema.safeParse(raw);
  if (result.success) {
    into.records.push({ record: result.data, index });
    return;
  }
  if (id) into.invalidIds.push(id);
  for (const issue of result.error.issues) {
    into.issues.push({
      file,
      index,
      id,
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: describeZodIssue(issue, valueAt(raw, issue.path)),
    });
  }
}

export function describeZodIssue(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unexpected field(s) ${issue.keys.join(', ')}`;
  const expected = issue.message
    .replace(/^Invalid (input|option): /, '')
    .replace(/, received .*$/, '');
  return `${expected}, got ${describeValue(found)}`;
}
