import { type Store, StoreUnavailable } from '../../src/index.js';
import { MemoryReplayKeys, type ReplayKeys } from './replay-keys.js';

// Replay keys in the store, so every instance behind a load balancer refuses a request
// another one already answered. While the store is unreachable this instance still
// refuses what it has seen itself (memory), rather than refusing everyone.

export class StoreReplayKeys implements ReplayKeys {
  private readonly fallback: MemoryReplayKeys;

  constructor(
    private readonly store: Store,
    private readonly retentionMs: number,
  ) {
    this.fallback = new MemoryReplayKeys(retentionMs);
  }

  async admit(key: string, nowMs: number): Promise<boolean> {
    const local = this.fallback.admit(key, nowMs);
    try {
      return await this.store.admit(key, new Date(nowMs), this.retentionMs);
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      return local;
    }
  }
}
