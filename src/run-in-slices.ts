import { setImmediate as nextTurn } from 'node:timers/promises';

// Long work written once as a generator that yields between small steps (a
// record, a token): run to the end at once where nothing waits on it (a
// one-shot command, corpus check), or in slices while the bot answers others
// (a reload), so that no reply waits behind the whole build.

export type Steps<T> = Generator<void, T, undefined>;

/** How long one slice may keep the event loop before replies waiting on it are let through. */
export const SLICE_MS = 8;

/** Runs the steps without pausing. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps in slices of about `sliceMs`, letting the event loop turn
 * (I/O, timers, other requests) before the first and between slices.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  await nextTurn();
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= sliceMs) {
      await nextTurn();
      started = performance.now();
    }
  }
}
