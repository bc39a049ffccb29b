import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../src/store/index.js';
import type { NewShare, Store } from '../src/store/store.js';
import { atMost, num, type Row } from './bench-table.js';
import { spread } from './measure.js';

// The store's hot paths over SQLite in a fresh temp folder: one share logged (one write, the
// meeting found in the same statement), and a 200-share meeting's digest rows read back.

const SHARE_WRITES = 1_000;
const DIGEST_SHARES = 200;
const DIGEST_READS = 50;
const WRITE_P95_TARGET_MS = 20;
const DIGEST_TARGET_MS = 200;
const T0 = Date.parse('2026-03-10T14:00:00Z');
const channel = { platform: 'slack' as const, channelId: 'C0BENCH' };

function aShare(index: number, minutesFrom: number): NewShare {
  return {
    channel,
    sharedBy: { userId: `U${index % 30}`, displayName: `Participant ${index % 30}` },
    sharedAt: new Date(T0 + minutesFrom * 60_000 + index),
    command: `search mercury retorts country:Ghana page:${(index % 3) + 1}`,
    records: Array.from({ length: 5 }, (_, n) => ({
      id: `int-${index}-${n}`,
      type: n % 2 === 0 ? 'intervention' : 'report',
      title: `A shared finding on artisanal gold, number ${index}.${n}`,
      url: `https://example.org/records/${index}-${n}`,
    })),
  };
}

async function timeEachAsync(count: number, run: (index: number) => Promise<unknown>) {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await run(index);
    samples.push(performance.now() - start);
  }
  return spread(samples);
}

async function measure(store: Store): Promise<Row[]> {
  const meeting = await store.startMeeting({
    channel,
    title: 'Bench',
    filters: { mineral: 'gold' },
    startedBy: { userId: 'U0', displayName: 'Facilitator' },
    startsAt: new Date(T0),
    endsAt: new Date(T0 + 10 * 86_400_000),
  });
  const writes = await timeEachAsync(SHARE_WRITES, (index) => store.logShare(aShare(index, 1)));
  // A second meeting with exactly 200 shares, so the digest reads that many rows.
  const digestMeeting = await store.startMeeting({
    ...meeting,
    startsAt: new Date(T0 + 86_400_000),
  });
  for (let index = 0; index < DIGEST_SHARES; index++) await store.logShare(aShare(index, 1_441));
  const reads = await timeEachAsync(DIGEST_READS, async () => {
    const shares = await store.sharesOf(digestMeeting.id);
    if (shares.length !== DIGEST_SHARES) throw new Error(`digest read ${shares.length} shares`);
  });
  return [
    {
      measure: `Store (SQLite): share logged, ms median / p95 / max (${SHARE_WRITES} writes)`,
      records: 'store',
      assay: `${num(writes.median)} / ${num(writes.p95)} / ${num(writes.max)}`,
      target: `p95 ≤ ${WRITE_P95_TARGET_MS} ms`,
      status: atMost(writes.p95, WRITE_P95_TARGET_MS, 'ms'),
    },
    {
      measure: `Store (SQLite): a ${DIGEST_SHARES}-share meeting's digest rows, ms median / p95 (${DIGEST_READS} reads)`,
      records: 'store',
      assay: `${num(reads.median)} / ${num(reads.p95)}`,
      target: `≤ ${DIGEST_TARGET_MS} ms`,
      status: atMost(reads.p95, DIGEST_TARGET_MS, 'ms'),
    },
  ];
}

export async function benchStore(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-store-'));
  const store = await openStore({ dataDir: dir });
  try {
    return await measure(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const STORE_METHOD = `Store: \`openStore({ dataDir })\` on a fresh SQLite file in the temp folder (WAL); \`logShare\` of a share with 5 records inside a running meeting, ${SHARE_WRITES} times in a row; then \`sharesOf\` of a meeting holding ${DIGEST_SHARES} such shares, ${DIGEST_READS} times.`;
