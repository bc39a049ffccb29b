import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { darkPixels, decodePng } from '../../support/decode-png.js';
import { runBin } from '../../support/run-bin.js';

describe('the assay bin with --png <file>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-png-'));

  it('writes the stats chart as a PNG beside the text chart on screen', () => {
    const file = join(dir, 'minerals.png');
    const result = runBin(['--png', file, 'stats', 'by:mineral']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('█');
    expect(result.stderr).toMatch(/^Chart written to .*minerals\.png \(960×\d+ px\)\n$/);
    const image = decodePng(readFileSync(file));
    expect(image.width).toBe(960);
    expect(darkPixels(image)).toBeGreaterThan(2000);
  });

  it('writes each of brief’s breakdowns to its own numbered file', () => {
    const file = join(dir, 'brief.png');
    const result = runBin(['brief', 'cobalt', '--png', file]);
    expect(result.status).toBe(0);
    for (const path of [file, join(dir, 'brief-2.png'), join(dir, 'brief-3.png')])
      expect(decodePng(readFileSync(path)).width).toBe(960);
  });

  it('says which commands draw charts when the reply has none', () => {
    const result = runBin(['--png', join(dir, 'none.png'), 'search', 'gold']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('this reply has no chart');
    expect(result.stderr).toContain('assay --png chart.png stats by:mineral');
  });

  it('asks for a file name when --png has none', () => {
    const result = runBin(['stats', 'by:mineral', '--png']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--png needs a file name');
  });
});
