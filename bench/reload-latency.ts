import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type Assay,
  buildSearchIndex,
  type Corpus,
  diffCorpora,
  exportFiles,
  loadCorpus,
  openAssay,
  RECORD_TYPES,
} from '../src/index.js';
import { atMost, num, type Row } from './bench-table.js';
import { percentile } from './measure.js';
import { makeSyntheticCorpus } from './synthetic-corpus.js';

// Replies while a large corpus folder is reloaded: questions arrive at a steady
// rate and each waits for the event loop like a Slack or Discord request would;
// its latency runs from when it arrived to when its reply was ready. The same
// run measures the reload as it is (read, checked, indexed and compared in
// slices) and as it was before (the same steps at once: loadCorpus,
// buildSearchIndex, diffCorpora), so the two figures share one machine state.

const SIZE = 10_000;
const ARRIVAL_MS = 50;
const BASELINE_MS = 2_000;
const ROUNDS = 3;
const SLICED_TARGET_MS = 50;
const PLATFORM_WINDOW_MS = 3_000;
const QUESTIONS = [
  'search mercury ghana',
  'search child labour cobalt',
  'stats by:mineral',
  'gold',
];

export const RELOAD_METHOD =
  `Reload: a ${SIZE.toLocaleString('en')}-record synthetic corpus (seed 1) written as JSON to a ` +
  `temporary folder; while the bot reloads it, a question arrives every ${ARRIVAL_MS} ms ` +
  `(rotating: ${QUESTIONS.join(', ')}) through assay.answer; a reply's latency runs from its ` +
  'arrival to its reply, and the row counts the replies whose question arrived during the ' +
  `reload. ${ROUNDS} rounds each of the reload as it is (in slices) and of the former ` +
  'synchronous reload (loadCorpus, buildSearchIndex and diffCorpora at once), alternated.';

interface Round {
  latencies: number[];
  reloadMs: number;
}

/** Questions at a steady rate from before `reload` starts until it is done; returns their latencies. */
async function whileReloading(assay: Assay, reload: () => Promise<unknown>): Promise<Round> {
  const latencies: number[] = [];
  let next = performance.now();
  let asked = 0;
  let window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  let stop = false;
  const answering = (async () => {
    while (!stop) {
      await sleep(Math.max(0, next - performance.now()));
      // Every question that arrived while the loop was held waits its turn, as on a platform.
      while (next <= performance.now()) {
        const arrived = next;
        next += ARRIVAL_MS;
        await assay.answer(QUESTIONS[asked++ % QUESTIONS.length] as string);
        if (arrived >= window.from && arrived <= window.to)
          latencies.push(performance.now() - arrived);
      }
    }
  })();
  await sleep(5 * ARRIVAL_MS);
  const from = performance.now();
  window = { from, to: Number.POSITIVE_INFINITY };
  await reload();
  const to = performance.now();
  window = { from, to };
  await sleep(5 * ARRIVAL_MS);
  stop = true;
  await answering;
  return { latencies, reloadMs: to - from };
}

/** What `reload` did before it ran in slices: everything at once, holding the event loop. */
function reloadAtOnce(dir: string, before: Corpus): void {
  const loaded = loadCorpus(dir);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  buildSearchIndex(loaded.corpus.records);
  diffCorpora(before, loaded.corpus);
}

function row(label: string, rounds: Round[], target: string, status = ''): Row {
  const sorted = rounds.flatMap((round) => round.latencies).sort((a, b) => a - b);
  const reload = rounds.map((round) => round.reloadMs).sort((a, b) => a - b);
  return {
    measure: `longest reply / p95 ms ${label} (${sorted.length} replies, each window median ${num(percentile(reload, 0.5))} ms)`,
    records: SIZE.toLocaleString('en'),
    assay: `${num(sorted.at(-1) ?? Number.NaN)} / ${num(percentile(sorted, 0.95))}`,
    target,
    status,
  };
}

export async function benchReload(shipped: Corpus, progress: (text: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-reload-'));
  try {
    const corpus = makeSyntheticCorpus(shipped, SIZE, 1);
    for (const [name, text] of exportFiles(corpus, 'json', RECORD_TYPES))
      writeFileSync(join(dir, name), text);
    const assay = openAssay(dir);
    const sliced: Round[] = [];
    const atOnce: Round[] = [];
    const baseline: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      baseline.push(await whileReloading(assay, () => sleep(BASELINE_MS)));
      atOnce.push(await whileReloading(assay, async () => reloadAtOnce(dir, assay.corpus)));
      sliced.push(await whileReloading(assay, () => assay.reload()));
      progress(`measured replies during reload, round ${round + 1} of ${ROUNDS}`);
    }
    const longest = Math.max(...sliced.flatMap((round) => round.latencies));
    return [
      row(
        'during a reload in slices',
        sliced,
        `≤ ${SLICED_TARGET_MS} ms (aim); < ${PLATFORM_WINDOW_MS} ms`,
        atMost(longest, SLICED_TARGET_MS, 'ms'),
      ),
      row('during the former synchronous reload', atOnce, 'for comparison'),
      row('with no reload (the questions alone)', baseline, 'for comparison'),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
