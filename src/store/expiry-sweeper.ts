// Expired replay keys and button queries are deleted now and then, not on every call:
// at most once per interval per instance, piggybacked on a call that writes anyway.

export const SWEEP_INTERVAL_MS = 60_000;

export class ExpirySweeper {
  private lastSweep = Number.NEGATIVE_INFINITY;

  /** True when a sweep is due at `now`; the caller then deletes what expired before `now`. */
  due(now: Date): boolean {
    if (now.getTime() - this.lastSweep < SWEEP_INTERVAL_MS) return false;
    this.lastSweep = now.getTime();
    return true;
  }
}
