import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

// Files nobody would write by hand: a value nested 100,000 deep, a record of megabytes, a file
// of gigabytes. The loader refuses each with the file and the record named, and never throws.

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function corpusWith(file: string, write: (path: string, text: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'assay-hostile-'));
  made.push(dir);
  cpSync(FIXTURE_CORPUS, dir, { recursive: true });
  const path = join(dir, file);
  write(path, readFileSync(path, 'utf8'));
  return dir;
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function problemsOf(dir: string): string[] {
  const result = loadCorpus(dir, 'fixture');
  if (result.ok) throw new Error('expected the corpus to be refused');
  return result.problems;
}

describe('a hostile corpus file', () => {
  it('with a value nested 100,000 deep in a record names the file and the record', () => {
    const dir = corpusWith('interventions.json', (path, text) => {
      const records = JSON.parse(text) as Record<string, unknown>[];
      // In a field the schema knows, where the old error message tried to quote it.
      const third = JSON.stringify({ ...records[2], countries: [] }).replace(
        '"countries":[]',
        `"countries":${nested(100_000)}`,
      );
      const before = records.slice(0, 2).map((record) => JSON.stringify(record));
      const after = records.slice(3).map((record) => JSON.stringify(record));
      writeFileSync(path, `[${[...before, third, ...after].join(',')}]`);
    });
    const id = (
      JSON.parse(readFileSync(join(FIXTURE_CORPUS, 'interventions.json'), 'utf8'))[2] as {
        id: string;
      }
    ).id;
    expect(problemsOf(dir)).toEqual([
      `fixture/interventions.json › [2] (${id}): nested more than 16 levels deep; a record is a few levels at most`,
    ]);
  });

  it('that is itself nested 100,000 deep (not an array of records) says so', () => {
    const dir = corpusWith('areas.json', (path) => writeFileSync(path, `{"a":${nested(100_000)}}`));
    expect(problemsOf(dir)).toEqual([
      'fixture/areas.json: expected an array of records, got an object nested too deep to show',
    ]);
  });

  it('with a record of several megabytes names the record', () => {
    const dir = corpusWith('lessons.json', (path, text) => {
      const records = JSON.parse(text) as Record<string, unknown>[];
      (records[1] as Record<string, unknown>).statement = 'word '.repeat(1_000_000);
      writeFileSync(path, JSON.stringify(records));
    });
    const [problem, ...rest] = problemsOf(dir);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^fixture\/lessons\.json › \[1\] \([a-z0-9-]+\): holds 5,000,\d{3} characters; a record may hold up to 200,000$/,
    );
  });

  it('larger than a corpus file may be is refused before it is read', () => {
    const dir = corpusWith('reports.json', (path) => truncateSync(path, 300 * 1024 ** 2));
    expect(problemsOf(dir)).toEqual([
      'fixture/reports.json: 300 MB is more than the 256 MB a corpus file may hold',
    ]);
  });
});
