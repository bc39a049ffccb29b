import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { StoreOpenError } from '../../src/store/store-errors.js';
import { at, ROOM } from './store-harness.js';

// Migrations on either database: from empty, from version 1 built by hand, run twice, and a
// database newer than the code. `raw` speaks SQL to the same place the store opens.

export interface RawDatabase {
  exec(sql: string): Promise<void>;
  versions(): Promise<number[]>;
  close(): Promise<void>;
}

export interface MigrationPlace {
  raw(): Promise<RawDatabase>;
  open(): Promise<Store>;
  dispose(): Promise<void>;
  v1: string;
  v1Rows: string;
  /** SQL recording `version` as applied, as a newer Assay would. */
  markVersion(version: number): string;
}

export function migrationContract(make: () => Promise<MigrationPlace>): void {
  const withPlace = (test: (place: MigrationPlace) => Promise<void>) => async () => {
    const place = await make();
    try {
      await test(place);
    } finally {
      await place.dispose();
    }
  };
  const versionsOf = async (place: MigrationPlace) => {
    const raw = await place.raw();
    try {
      return (await raw.versions()).sort((a, b) => a - b);
    } finally {
      await raw.close();
    }
  };

  describe('schema migrations', () => {
    it(
      'builds every version on an empty database, and records each',
      withPlace(async (place) => {
        const store = await place.open();
        await store.close();
        expect(await versionsOf(place)).toEqual([1, 2, 3]);
      }),
    );

    it(
      'brings a version 1 database up to date and keeps its meetings and shares',
      withPlace(async (place) => {
        const raw = await place.raw();
        await raw.exec(place.v1);
        await raw.exec(place.v1Rows);
        await raw.close();
        expect(await versionsOf(place)).toEqual([1]);

        const store = await place.open();
        try {
          expect(await versionsOf(place)).toEqual([1, 2, 3]);
          const old = await store.latestMeeting(ROOM, at(60));
          expect(old).toMatchObject({ title: 'Old meeting', filters: { mineral: 'gold' } });
          const shares = await store.sharesOf(old?.id ?? -1);
          expect(
            shares.map((entry) => [entry.sharedBy.displayName, entry.records[0]?.title]),
          ).toEqual([['Kofi', 'Kept from v1']]);
          // The tables of versions 2 and 3 work on it.
          await store.logUnanswered({
            channel: ROOM,
            askedAt: at(20),
            question: 'tin',
            filters: {},
            outcome: 'weak',
          });
          expect(await store.topUnanswered({ meetingId: old?.id ?? -1 }, 5)).toHaveLength(1);
          expect(await store.admit('k', at(20), 1000)).toBe(true);
          // New rows continue after the old ones.
          const again = await store.logShare({
            channel: ROOM,
            sharedBy: { userId: 'U03', displayName: 'Esi' },
            sharedAt: at(30),
            command: 'search tin',
            records: [],
          });
          expect(again).toMatchObject({ id: 2, meetingId: old?.id });
        } finally {
          await store.close();
        }
      }),
    );

    it(
      'changes nothing when run again on an up-to-date database',
      withPlace(async (place) => {
        const first = await place.open();
        const running = await first.startMeeting({
          channel: ROOM,
          title: null,
          filters: {},
          startedBy: { userId: 'U1', displayName: 'Ama' },
          startsAt: at(0),
          endsAt: at(90),
        });
        await first.close();
        const second = await place.open();
        const third = await place.open();
        try {
          expect(await versionsOf(place)).toEqual([1, 2, 3]);
          expect(await third.currentMeeting(ROOM, at(1))).toEqual(running);
        } finally {
          await second.close();
          await third.close();
        }
      }),
    );

    it(
      'migrates once when two instances start together on an empty database',
      withPlace(async (place) => {
        const both = await Promise.all([place.open(), place.open()]);
        try {
          expect(await versionsOf(place)).toEqual([1, 2, 3]);
          expect(await both[0].admit('started', at(0), 1000)).toBe(true);
          expect(await both[1].admit('started', at(0), 1000)).toBe(false);
        } finally {
          for (const store of both) await store.close();
        }
      }),
    );

    it(
      'refuses a database newer than this code, saying so',
      withPlace(async (place) => {
        await (await place.open()).close();
        const raw = await place.raw();
        await raw.exec(place.markVersion(9));
        await raw.close();
        const opening = place.open();
        await expect(opening).rejects.toThrow(StoreOpenError);
        await expect(opening).rejects.toThrow(
          /schema version 9, newer than this Assay knows \(3\)/,
        );
      }),
    );
  });
}
