import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { type CorpusIssue, describeValue } from './corpus-issue.js';
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

/**
 * Reads one collection file and validates it with its zod schema. Every record
 * that fails is reported by index, id and field; the valid ones are returned.
 */
export function readCollection<T>(
  dir: string,
  displayDir: string,
  fileName: string,
  schema: z.ZodType<T>,
  required: boolean,
): CollectionResult<T> {
  const file = `${displayDir}/${fileName}`;
  let text: string;
  try {
    const tooLarge = fileSizeProblem(statSync(join(dir, fileName)).size);
    if (tooLarge) return { records: [], issues: [{ file, message: tooLarge }], invalidIds: [] };
    text = readFileSync(join(dir, fileName), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && !required) return { records: [], issues: [], invalidIds: [] };
    const message = missing ? 'file not found' : `cannot read: ${(error as Error).message}`;
    return { records: [], issues: [{ file, message }], invalidIds: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      records: [],
      issues: [{ file, message: `not valid JSON: ${(error as Error).message}` }],
      invalidIds: [],
    };
  }
  if (!Array.isArray(data)) {
    return {
      records: [],
      issues: [{ file, message: `expected an array of records, got ${describeValue(data)}` }],
      invalidIds: [],
    };
  }
  const records: Indexed<T>[] = [];
  const issues: CorpusIssue[] = [];
  const invalidIds: string[] = [];
  data.forEach((raw: unknown, index: number) => {
    const overLimit = recordLimitProblem(raw);
    if (overLimit) {
      const id = idOf(raw);
      if (id) invalidIds.push(id);
      issues.push({ file, index, id, message: overLimit });
      return;
    }
    const result = schema.safeParse(raw);
    if (result.success) {
      records.push({ record: result.data, index });
      return;
    }
    const id = idOf(raw);
    if (id) invalidIds.push(id);
    for (const issue of result.error.issues) {
      issues.push({
        file,
        index,
        id: idOf(raw),
        path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
        message: describeZodIssue(issue, valueAt(raw, issue.path)),
      });
    }
  });
  return { records, issues, invalidIds };
}

export function describeZodIssue(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unexpected field(s) ${issue.keys.join(', ')}`;
  const expected = issue.message
    .replace(/^Invalid (input|option): /, '')
    .replace(/, received .*$/, '');
  return `${expected}, got ${describeValue(found)}`;
}
