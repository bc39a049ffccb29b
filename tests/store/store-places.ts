import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres-open.js';
import { openSqliteStore } from '../../src/store/sqlite-open.js';
import type { Store } from '../../src/store/store.js';

// A fresh, empty place for a store per test: a temp folder for SQLite, a new schema for
// Postgres. `open` may be called several times: two instances, or a restart.

export interface StorePlace {
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

export type MakePlace = () => Promise<StorePlace>;

export interface SqlitePlace extends StorePlace {
  dataDir: string;
}

export const sqlitePlace = async (): Promise<SqlitePlace> => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-store-'));
  return {
    dataDir: dir,
    open: () => openSqliteStore(dir),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
};

/** The Postgres the global setup found or started; throws its reason when there is none. */
export function postgresUrl(): string {
  const problem = inject('postgresProblem');
  if (problem) throw new Error(problem);
  return inject('postgresUrl');
}

export interface PostgresPlace extends StorePlace {
  /** The test Postgres with `?search_path=` set to this place's own schema. */
  url: string;
}

/** A new schema on the test Postgres, and the URL that selects it. */
export async function freshSchema(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const base = postgresUrl();
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set('search_path', schema);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

export const postgresPlace = async (): Promise<PostgresPlace> => {
  const { url, drop } = await freshSchema('t');
  return { url, open: () => openPostgresStore(url), dispose: drop };
};
