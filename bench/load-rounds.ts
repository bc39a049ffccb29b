import { num, type Row } from './bench-table.js';
import { heapUsed, MB, percentile } from './measure.js';

// Rounds of load for the load section: a pool at fixed concurrency (Slack) or bursts (Discord),
// each request bounded by a deadline so a lost reply is an error, not a hang.

export interface Round {
  times: number[];
  errors: number;
  seconds: number;
}

/** A request that has not been answered in this long counts as an error. */
const REQUEST_DEADLINE_MS = 10_000;

/** `task`'s latency in ms, or a rejection once the deadline has passed. */
async function bounded(task: () => Promise<number>): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), REQUEST_DEADLINE_MS);
  });
  try {
    return await Promise.race([task(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `task(i)` for i < n, `concurrency` at a time. */
export async function pool(
  n: number,
  concurrency: number,
  task: (i: number) => Promise<number>,
): Promise<Round> {
  const round: Round = { times: [], errors: 0, seconds: 0 };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await bounded(() => task(i)).then(
        (ms) => round.times.push(ms),
        () => (round.errors += 1),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  round.seconds = (performance.now() - started) / 1000;
  return round;
}

/** Runs `task(i)` for i < n in bursts of `size` sent at once, each burst after the last. */
export async function bursts(
  n: number,
  size: number,
  task: (i: number) => Promise<number>,
): Promise<Round> {
  const round: Round = { times: [], errors: 0, seconds: 0 };
  const started = performance.now();
  for (let first = 0; first < n; first += size) {
    const count = Math.min(size, n - first);
    const burst = Array.from({ length: count }, (_, k) => bounded(() => task(first + k)));
    for (const result of await Promise.allSettled(burst)) {
      if (result.status === 'fulfilled') round.times.push(result.value);
      else round.errors += 1;
    }
  }
  round.seconds = (performance.now() - started) / 1000;
  return round;
}

function describeRound(round: Round): string {
  const sorted = [...round.times].sort((a, b) => a - b);
  const over = sorted.filter((ms) => ms > 3000).length;
  const rate = (round.times.length + round.errors) / round.seconds;
  const ps = [0.5, 0.95, 0.99].map((p) => num(percentile(sorted, p))).join(' / ');
  return `${num(rate)} req/s; p50/p95/p99 ${ps} ms; ${round.errors} errors; ${over} over 3 s`;
}

/**
 * A warm-up round, then two measured rounds with the heap read after GC before, between and
 * after them. `reset` empties the fake's records first, so the heap is the bot's.
 */
export async function twoRounds(
  label: string,
  warmUp: () => Promise<Round>,
  run: () => Promise<Round>,
  reset: () => void,
): Promise<Row[]> {
  await warmUp();
  reset();
  const before = heapUsed();
  const first = await run();
  reset();
  const middle = heapUsed();
  const second = await run();
  reset();
  const after = heapUsed();
  const mb = (bytes: number) => num(bytes / MB);
  const heap = `${mb(before)} → ${mb(middle)} → ${mb(after)} MB; growth in round 2 ${mb(after - middle)} MB`;
  return [
    { measure: `${label}, round 1`, records: 'shipped', assay: describeRound(first) },
    { measure: `${label}, round 2`, records: 'shipped', assay: describeRound(second) },
    { measure: `${label}, heap after GC`, records: 'shipped', assay: heap },
  ];
}
