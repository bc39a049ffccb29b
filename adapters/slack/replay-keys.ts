// What the replay guard remembers: each signed request's key, for a fixed time after it was
// first seen. `ReplayKeys` is the port (a store shared by several instances can stand behind
// it); `MemoryReplayKeys` keeps them in this process.

export interface ReplayKeys {
  /** True the first time `key` is seen within the retention time; false for a repeat. */
  admit(key: string, nowMs: number): boolean | Promise<boolean>;
}

/**
 * Keys expire by time only, never by count, so a replay is refused however much traffic came
 * in between; memory grows with the request rate × the retention time. Keys are queued in
 * arrival order, which with one retention time is also expiry order: each call drops the
 * expired ones from the front (amortised O(1)) instead of scanning everything.
 */
export class MemoryReplayKeys implements ReplayKeys {
  private readonly expiries = new Map<string, number>();
  private readonly queue: { key: string; expiry: number }[] = [];
  private head = 0;

  constructor(private readonly retentionMs: number) {}

  get size(): number {
    return this.expiries.size;
  }

  admit(key: string, nowMs: number): boolean {
    this.forgetExpired(nowMs);
    if (this.expiries.has(key)) return false;
    const expiry = nowMs + this.retentionMs;
    this.expiries.set(key, expiry);
    this.queue.push({ key, expiry });
    return true;
  }

  private forgetExpired(nowMs: number): void {
    while (this.head < this.queue.length) {
      const oldest = this.queue[this.head];
      if (!oldest || oldest.expiry > nowMs) break;
      // A key admitted again after it expired has a newer entry further back: keep that one.
      if (this.expiries.get(oldest.key) === oldest.expiry) this.expiries.delete(oldest.key);
      this.head += 1;
    }
    // Compact once the dropped prefix is half the array, so the queue stays O(live keys).
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }
}
