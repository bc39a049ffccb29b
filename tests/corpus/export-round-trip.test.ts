import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  exportFiles,
  importRecords,
  loadCorpus,
  RECORD_TYPES,
  shippedCorpusDir,
} from '../../src/index.js';

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
