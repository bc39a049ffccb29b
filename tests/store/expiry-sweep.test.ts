import { join } from 'node:path';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { SWEEP_INTERVAL_MS } from '../../src/store/expiry-sweeper.js';
import { SQLITE_FILE } from '../../src/store/sqlite-open.js';
import type { Store } from '../../src/store/store.js';
import { at, usePlace } from './store-harness.js';
import { postgresPlace, type StorePlace, sqlitePlace } from './store-places.js';

// Expired replay keys and button queries do not pile up: a later call sweeps them away.

const countSqlite = (dataDir: string) => {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
  try {
    const count = (table: string) =>
      db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return count('replay_keys') + count('button_queries');
  } finally {
    db.close();
  }
};

const countPostgres = async (url: string) => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: string }[]>`
      SELECT (SELECT count(*) FROM replay_keys) + (SELECT count(*) FROM button_queries) AS n`;
    return Number(row?.n);
  } finally {
    await sql.end();
  }
};

function sweepSpec<Place extends StorePlace>(
  label: string,
  make: () => Promise<Place>,
  count: (place: Place) => Promise<number>,
): void {
  describe(`${label}: expired keys`, () => {
    const stores = usePlace(make);

    it('are deleted by a later call, and what is still valid stays', async () => {
      const store: Store = await stores.open();
      await store.admit('old-request', at(0), 60_000);
      await store.putQuery('search an old long query', at(0), 60_000);
      await store.admit('recent-request', at(0), 60 * 60_000);
      expect(await count(stores.place())).toBe(3);
      const later = new Date(at(0).getTime() + SWEEP_INTERVAL_MS + 60_000);
      await store.admit('new-request', later, 60_000);
      expect(await count(stores.place())).toBe(2);
      expect(await store.admit('recent-request', later, 60_000)).toBe(false);
    });
  });
}

sweepSpec('SQLite', sqlitePlace, async (place) => countSqlite(place.dataDir));
sweepSpec('Postgres', postgresPlace, (place) => countPostgres(place.url));
