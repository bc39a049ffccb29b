import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCorpus,
  exportFiles,
  importRecords,
  loadCorpus,
  RECORD_TYPES,
  shippedCorpusDir,
} from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

const work = mkdtempSync(join(tmpdir(), 'assay-round-trip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('export then import changes nothing', () => {
  it('every shipped record of every type reads back field for field from its CSV', () => {
    const shipped = loadCorpus(shippedCorpusDir());
    if (!shipped.ok) throw new Error(shipped.problems.join('\n'));
    const target = join(work, 'copy');
    cpSync(shippedCorpusDir(), target, { recursive: true });
    const files = exportFiles(shipped.corpus, 'csv', RECORD_TYPES);
    for (const type of RECORD_TYPES) {
      const name = `${type}s.csv`;
      writeFileSync(join(work, name), files.get(name) ?? '');
      const result = importRecords({
        csvPath: join(work, name),
        type,
        target,
        baseDir: shippedCorpusDir(),
        dryRun: false,
        today: '2030-01-01',
      });
      if (!result.ok) throw new Error(result.problems.join('\n'));
      const count = shipped.corpus[`${type}s`].length;
      expect(result.diff).toEqual({ added: [], changed: [], unchanged: expect.any(Array) });
      expect(result.diff.unchanged).toHaveLength(count);
      expect(result.written).toBe(false);
    }
    const after = loadCorpus(target);
    expect(after.ok && after.corpus.date).toBe(shipped.corpus.date);
  });

  it('guards text a spreadsheet would read as a formula, and reads it back unchanged', () => {
    const fixture = loadCorpus(FIXTURE_CORPUS);
    if (!fixture.ok) throw new Error(fixture.problems.join('\n'));
    const [first, second, ...rest] = fixture.corpus.interventions;
    if (!first || !second) throw new Error('the fixture has interventions');
    // Real records whose texts start the way a formula does.
    const risky = [
      { ...first, name: `-${first.name}`, summary: `=${first.summary}`, tags: ['@risk', '+1'] },
      { ...second, name: `'=${second.name}`, summary: `+${second.summary}` },
    ];
    const corpus = buildCorpus({ ...fixture.corpus, interventions: [...risky, ...rest] });
    const folder = join(work, 'risky');
    mkdirSync(folder);
    for (const [name, text] of exportFiles(corpus, 'json', RECORD_TYPES))
      writeFileSync(join(folder, name), text);
    const csv = exportFiles(corpus, 'csv', ['intervention']).get('interventions.csv') ?? '';
    const cells = parseCsv(csv, { bom: true }) as string[][];
    const formulas = cells.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(formulas).toEqual([]);
    expect(cells.flat()).toContain(`'-${first.name}`);
    expect(cells.flat()).toContain(`''=${second.name}`);
    const csvPath = join(work, 'risky.csv');
    writeFileSync(csvPath, csv);
    const result = importRecords({
      csvPath,
      type: 'intervention',
      target: folder,
      baseDir: folder,
      dryRun: true,
      today: '2030-01-01',
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.diff).toEqual({ added: [], changed: [], unchanged: expect.any(Array) });
    expect(result.diff.unchanged).toHaveLength(corpus.interventions.length);
  });

  it('a JSON export is a corpus folder that loads to the same records', () => {
    const shipped = loadCorpus(shippedCorpusDir());
    if (!shipped.ok) throw new Error(shipped.problems.join('\n'));
    const folder = join(work, 'json');
    mkdirSync(folder);
    for (const [name, text] of exportFiles(shipped.corpus, 'json', RECORD_TYPES))
      writeFileSync(join(folder, name), text);
    const loaded = loadCorpus(folder);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    expect(loaded.corpus.interventions).toEqual(shipped.corpus.interventions);
    expect(loaded.corpus.reports).toEqual(shipped.corpus.reports);
    expect(loaded.corpus.lessons).toEqual(shipped.corpus.lessons);
    expect(loaded.corpus.date).toBe(shipped.corpus.date);
  });
});
