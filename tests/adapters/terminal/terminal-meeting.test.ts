import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/index.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import { freshDataDir, runBin } from '../../support/run-bin.js';

// The terminal user is the facilitator; each run of the bin is a new process on the same
// ASSAY_DATA_DIR, so a meeting started in one run is there in the next.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function place() {
  const dir = freshDataDir();
  dirs.push(dir);
  const run = (...args: string[]) =>
    runBin(args, { env: { ASSAY_DATA_DIR: dir, ASSAY_CORPUS: FIXTURE_CORPUS } });
  return { dir, run };
}

describe('a meeting from the terminal, across processes', () => {
  it('keeps the meeting and its shares from one run to the next, and writes the digest files', async () => {
    const { dir, run } = place();
    const started = run('meeting', 'start', 'mineral:cobalt', 'title:"Cobalt day"', 'for:8h');
    expect(started.status).toBe(0);
    expect(started.stdout).toMatch(/^Meeting started/);

    const search = run('search', 'child', 'labour');
    expect(search.stdout).toMatch(/\nmeeting: Cobalt day: cobalt, until \d\d:\d\d UTC\n/);
    expect(search.stdout).toContain('[cotecco]');
    expect(search.stdout).not.toContain('[caring-gold]');

    // The terminal cannot Share; a share logged by another instance on the same data folder:
    const store = await openStore({ dataDir: dir });
    await store.logShare({
      channel: { platform: 'terminal', channelId: 'terminal' },
      sharedBy: { userId: 'U02PART', displayName: 'Kofi' },
      sharedAt: new Date(),
      command: 'search cobalt',
      records: [
        {
          id: 'cotecco',
          type: 'intervention',
          title: 'COTECCO',
          url: 'https://example.org/cotecco',
        },
      ],
    });
    await store.close();

    const digest = run('digest');
    expect(digest.status).toBe(0);
    expect(digest.stdout).toMatch(/^Reading list: Cobalt day/);
    expect(digest.stdout).toContain('COTECCO (shared by Kofi): https://example.org/cotecco');
    const written = [...digest.stderr.matchAll(/Digest written to (\S+)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(written).toHaveLength(2);
    expect(written.every((path) => path.startsWith(join(dir, 'digests')) && existsSync(path))).toBe(
      true,
    );
    const markdown = readFileSync(written.find((path) => path.endsWith('.md')) ?? '', 'utf8');
    expect(markdown).toContain('## Interventions');
    expect(markdown).toContain(
      '[COTECCO](<https://example.org/cotecco>) (cotecco), shared by Kofi',
    );

    expect(run('meeting', 'end').stdout).toMatch(/^Meeting ended/);
    expect(run('search', 'child', 'labour').stdout).not.toMatch(/\nmeeting: /);
  });

  it('stops with one clear error when the data folder cannot be written', () => {
    const { dir } = place();
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const result = runBin(['search', 'gold'], { env: { ASSAY_DATA_DIR: join(blocker, 'data') } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^Assay cannot open its data file .*a-file\/data\/assay\.sqlite: /,
    );
    expect(result.stderr).toContain('Set ASSAY_DATA_DIR');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
