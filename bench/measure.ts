import { performance } from 'node:perf_hooks';

// Timing and heap helpers for the bench. Percentiles are nearest-rank.

export interface Spread {
  median: number;
  p95: number;
  max: number;
  count: number;
}

export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] as number;
}

export function spread(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    count: sorted.length,
  };
}

/** Milliseconds for one call of `run`, with its result. */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** One sample per input per round, in milliseconds. */
export function timeEach<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
  rounds = 1,
): number[] {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) samples.push(timed(() => run(input)).ms);
  }
  return samples;
}

/** Heap in use after full collections (needs node --expose-gc). */
export function heapUsed(): number {
  if (typeof globalThis.gc !== 'function') return Number.NaN;
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

export const MB = 1024 * 1024;
