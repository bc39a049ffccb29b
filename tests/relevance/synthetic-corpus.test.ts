import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSyntheticCollections, makeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { loadCorpus, openAssay } from '../../src/index.js';

const shipped = openAssay().corpus;
const folder = mkdtempSync(join(tmpdir(), 'assay-synthetic-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the synthetic bench corpus', () => {
  it('passes the same validation as a corpus folder', () => {
    const { interventions, reports } = makeSyntheticCollections(shipped, 1_000, 7);
    const write = (name: string, records: unknown) =>
      writeFileSync(join(folder, `${name}.json`), JSON.stringify(records));
    write('interventions', interventions);
    write('reports', reports);
    write('lessons', []);
    write('areas', shipped.areas);
    const loaded = loadCorpus(folder, 'synthetic');
    expect(loaded.ok ? [] : loaded.problems.slice(0, 5)).toEqual([]);
    expect(interventions.length + reports.length).toBe(1_000);
  });

  it('gives the same records for the same seed and different ones for another', () => {
    const first = makeSyntheticCollections(shipped, 200, 3);
    expect(makeSyntheticCollections(shipped, 200, 3)).toEqual(first);
    expect(makeSyntheticCollections(shipped, 200, 4)).not.toEqual(first);
  });

  it('writes summaries of 250–400 characters from the shipped words', () => {
    const records = makeSyntheticCorpus(shipped, 300).records;
    const lengths = records.map((record) => record.summary.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(400);
    const shippedWords = new Set(shipped.records.flatMap((record) => record.summary.split(/\s+/)));
    const words = records.flatMap((record) => record.summary.replace(/\.$/, '').split(/\s+/));
    const known = words.filter((word) => shippedWords.has(word) || shippedWords.has(`${word}.`));
    expect(known.length / words.length).toBeGreaterThan(0.95);
  });
});
