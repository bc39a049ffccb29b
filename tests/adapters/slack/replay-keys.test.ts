import { describe, expect, test } from 'vitest';
import { REPLAY_RETENTION_MS } from '../../../adapters/slack/replay-guard.js';
import { MemoryReplayKeys } from '../../../adapters/slack/replay-keys.js';

// The replay guard's memory: keys expire by time only (never pushed out by newer traffic),
// and what it holds is bounded by how many keys arrived within the retention time.

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;

describe('the replay guard remembers by time only', () => {
  test('refuses a replay after 20,000 other requests inside the window', () => {
    const keys = new MemoryReplayKeys(REPLAY_RETENTION_MS);
    expect(keys.admit('first', T0)).toBe(true);
    for (let i = 0; i < 20_000; i += 1) keys.admit(`other-${i}`, T0 + 10);
    expect(keys.admit('first', T0 + 4 * MINUTE)).toBe(false);
  });

  test('keeps a key for ten minutes: five of window plus five of allowed clock skew', () => {
    const keys = new MemoryReplayKeys(REPLAY_RETENTION_MS);
    keys.admit('k', T0);
    expect(keys.admit('k', T0 + 10 * MINUTE - 1)).toBe(false);
    expect(keys.admit('k', T0 + 10 * MINUTE)).toBe(true);
    expect(keys.admit('k', T0 + 10 * MINUTE + 1)).toBe(false);
  });

  test('forgets expired keys as new ones arrive, so memory follows the request rate', () => {
    const keys = new MemoryReplayKeys(REPLAY_RETENTION_MS);
    for (let i = 0; i < 5_000; i += 1) keys.admit(`burst-${i}`, T0 + i);
    expect(keys.size).toBe(5_000);
    // One request a minute afterwards: the burst expires and only the last ten minutes remain.
    for (let minute = 11; minute <= 30; minute += 1)
      keys.admit(`calm-${minute}`, T0 + minute * MINUTE);
    expect(keys.size).toBe(10);
  });

  test('a key seen again after expiring is remembered afresh', () => {
    const keys = new MemoryReplayKeys(1000);
    keys.admit('k', T0);
    expect(keys.admit('k', T0 + 1000)).toBe(true);
    keys.admit('other', T0 + 1500);
    // The first entry for k has expired from the queue; the second must still hold.
    expect(keys.admit('k', T0 + 1999)).toBe(false);
  });
});
