import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { type Assay, type Caller, openAssay, openStore, type Store } from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

// The core with a real SQLite store in a temp folder and a clock the test moves.

export const T0 = Date.parse('2026-03-10T14:00:00Z');

export const FACILITATOR: Caller = {
  platform: 'slack',
  facilitator: true,
  userId: 'U01FACIL',
  displayName: 'Ama',
  channelId: 'C0WORKSHOP',
};
export const PARTICIPANT: Caller = {
  platform: 'slack',
  facilitator: false,
  userId: 'U02PART',
  displayName: 'Kofi',
  channelId: 'C0WORKSHOP',
};
export const ELSEWHERE: Caller = { ...PARTICIPANT, channelId: 'C0OTHER' };

export interface MeetingWorld {
  assay: Assay;
  store: Store;
  dir: string;
  /** Moves the clock to `minutes` after T0. */
  setMinutes(minutes: number): void;
  /** A second core on the same folder: another process, or the same after a restart. */
  reopen(): Promise<Assay>;
}

export function useMeetingWorld(): () => MeetingWorld {
  let world: MeetingWorld | undefined;
  const stores: Store[] = [];
  beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-meeting-'));
    let now = T0;
    const clock = () => new Date(now);
    const open = async () => {
      const store = await openStore({ dataDir: dir });
      stores.push(store);
      return { store, assay: openAssay(FIXTURE_CORPUS, { clock, store }) };
    };
    const first = await open();
    world = {
      ...first,
      dir,
      setMinutes: (minutes) => {
        now = T0 + minutes * 60_000;
      },
      reopen: async () => (await open()).assay,
    };
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    if (world) rmSync(world.dir, { recursive: true, force: true });
    world = undefined;
  });
  return () => {
    if (!world) throw new Error('the meeting world is made per test');
    return world;
  };
}
