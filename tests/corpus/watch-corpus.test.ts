import { execFileSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openAssay, watchCorpus } from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

const work = mkdtempSync(join(tmpdir(), 'assay-watch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Opening a FIFO for reading waits for a writer, so these opens hold every
// thread of libuv's pool until the test lets them go. Anything the watcher
// leaves to that pool (fs.watchFile's first stat) then runs late.
async function holdThreadPool(): Promise<() => Promise<void>> {
  const size = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  const fifos = Array.from({ length: size }, (_, i) => join(work, `fifo-${i}`));
  execFileSync('mkfifo', fifos);
  const readers = fifos.map((fifo) => open(fifo, 'r'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return async () => {
    for (const fifo of fifos) closeSync(openSync(fifo, 'w'));
    for (const reader of await Promise.all(readers)) await reader.close();
  };
}

it('sees a change made right after it starts, even while the thread pool is busy', async () => {
  const dir = join(work, 'corpus');
  cpSync(FIXTURE_CORPUS, dir, { recursive: true });
  const assay = openAssay(dir);
  const log: string[] = [];
  const release = await holdThreadPool();
  const stop = watchCorpus(dir, assay.reload, (line) => log.push(line), 20);
  try {
    const path = join(dir, 'lessons.json');
    const lessons = JSON.parse(readFileSync(path, 'utf8')) as { id: string }[];
    writeFileSync(path, JSON.stringify(lessons.slice(1)));
    await release();
    for (let i = 0; i < 200 && log.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(log[0]).toMatch(
      new RegExp(`^corpus reloaded from ${dir}: 0 added, 0 changed, 1 removed;`),
    );
  } finally {
    stop();
  }
});
