import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordsToCsv } from '../../../src/corpus/export-records.js';
import { type Intervention, loadCorpus } from '../../../src/index.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import { BIN, runBin } from '../../support/run-bin.js';

const work = mkdtempSync(join(tmpdir(), 'assay-corpus-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = loadCorpus(FIXTURE_CORPUS);
if (!fixture.ok) throw new Error('the fixture must load');
const [first, second] = fixture.corpus.interventions as [Intervention, Intervention];

describe('assay corpus import --dry-run', () => {
  it('prints what would be added and changed field by field, and writes nothing', () => {
    const target = join(work, 'dry');
    cpSync(FIXTURE_CORPUS, target, { recursive: true });
    const before = readFileSync(join(target, 'interventions.json'), 'utf8');
    // Test input: one record with a tag added, one under a new id.
    const rows = [
      { ...first, tags: [...first.tags, 'test tag'] },
      { ...second, id: `${second.id}-copy` },
    ];
    writeFileSync(join(work, 'dry.csv'), recordsToCsv('intervention', rows));
    const result = runBin(['corpus', 'import', join(work, 'dry.csv'), target, '--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        `Dry run: nothing written to ${target}.`,
        `Would add 1 intervention: ${second.id}-copy`,
        'Would change 1 intervention:',
        `  ${first.id}`,
        `    tags: ${JSON.stringify(first.tags)} → ${JSON.stringify([...first.tags, 'test tag'])}`,
        'Unchanged: 0',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(target, 'interventions.json'), 'utf8')).toBe(before);
    expect(readdirSync(work).filter((name) => name.includes('assay-import'))).toEqual([]);
  });

  it('refuses an unknown --type with an example', () => {
    const result = runBin(['corpus', 'import', 'x.csv', '--type', 'project']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--type must be one of intervention, report, lesson');
    expect(result.stderr).toContain('Example: assay corpus import');
  });
});

describe('assay corpus export', () => {
  it('writes one CSV for a type, with the columns import reads', () => {
    const out = join(work, 'out');
    const result = runBin(['corpus', 'export', out, '--format', 'csv', '--type', 'lesson'], {
      env: { ASSAY_CORPUS: FIXTURE_CORPUS },
    });
    expect(result.status).toBe(0);
    expect(readdirSync(out)).toEqual(['lessons.csv']);
    const header = readFileSync(join(out, 'lessons.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('\ufeffid,type,scope,statement,mentions,sources,confidence');
  });
});

/** A spreadsheet big enough that checking it takes a while: the fixture's records, many times. */
function bigCsv(): string {
  const rows = Array.from({ length: 2000 }, (_, index) => ({
    ...(fixture.ok ? fixture.corpus.interventions[index % 10] : first),
    id: `bulk-${index}`,
    related: [],
  }));
  const path = join(work, 'big.csv');
  writeFileSync(path, recordsToCsv('intervention', rows as Intervention[]));
  return path;
}

async function killDuringImport(csv: string, target: string, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, [BIN, 'corpus', 'import', csv, target], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
    stdio: 'ignore',
  });
  const scratch = join(work, `.${target.split('/').pop()}.assay-import-${child.pid}`);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let seen = false;
  while (!seen && child.exitCode === null) {
    seen = existsSync(scratch);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  child.kill(signal);
  await exited;
  return { seen, scratch };
}

describe('an import killed while it writes', () => {
  const csv = bigCsv();

  it('SIGKILL leaves the old folder whole; the next import cleans up and succeeds', async () => {
    const target = join(work, 'kill9');
    cpSync(FIXTURE_CORPUS, target, { recursive: true });
    const before = readFileSync(join(target, 'interventions.json'), 'utf8');
    const { seen, scratch } = await killDuringImport(csv, target, 'SIGKILL');
    expect(seen).toBe(true);
    expect(readFileSync(join(target, 'interventions.json'), 'utf8')).toBe(before);
    expect(loadCorpus(target).ok).toBe(true);
    expect(existsSync(scratch)).toBe(true);
    const again = runBin(['corpus', 'import', csv, target]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Cleaned what an interrupted import left');
    expect(existsSync(scratch)).toBe(false);
    const loaded = loadCorpus(target);
    expect(loaded.ok && loaded.corpus.interventions.length).toBe(2010);
  }, 60_000);

  it('SIGTERM leaves no scratch folder and a folder that loads', async () => {
    const target = join(work, 'term');
    cpSync(FIXTURE_CORPUS, target, { recursive: true });
    const { seen, scratch } = await killDuringImport(csv, target, 'SIGTERM');
    expect(seen).toBe(true);
    expect(existsSync(scratch)).toBe(false);
    expect(loadCorpus(target).ok).toBe(true);
  }, 60_000);
});
