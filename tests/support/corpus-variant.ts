import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CORPUS } from './assays.js';

export type Json = Record<string, unknown>[];

/**
 * Copies of the valid fixture corpus with one file changed: `change` edits the records in place,
 * or returns new records, or returns a string to write as the file. `cleanUp` removes them all.
 */
export function corpusVariants() {
  const made: string[] = [];
  const variant = (file: string, change: (records: Json) => unknown): string => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-corpus-'));
    made.push(dir);
    cpSync(FIXTURE_CORPUS, dir, { recursive: true });
    const path = join(dir, `${file}.json`);
    const records = JSON.parse(readFileSync(path, 'utf8')) as Json;
    const changed = change(records);
    writeFileSync(path, typeof changed === 'string' ? changed : JSON.stringify(changed ?? records));
    return dir;
  };
  const cleanUp = () => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  };
  return { variant, cleanUp };
}
