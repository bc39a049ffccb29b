import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_TABLE, pendingMigrations } from './migration.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';
import { reasonOf, StoreOpenError } from './store-errors.js';

// Opens (creating on first use) the SQLite file in the data folder, in WAL mode, and brings
// its schema up to date. Any failure is one StoreOpenError that names the path.

export const SQLITE_FILE = 'assay.sqlite';
/** How long a write waits for another process holding the file (a second instance). */
const BUSY_TIMEOUT_MS = 5_000;

export function openSqliteStore(dataDir: string): Promise<Store> {
  const file = resolve(join(dataDir, SQLITE_FILE));
  let db: Database.Database | undefined;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(file);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // WAL with NORMAL survives a crash of the process; only a power cut can lose the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrateSqlite(db, file);
    return Promise.resolve(new SqliteStore(db, file));
  } catch (error) {
    db?.close();
    const reason = error instanceof StoreOpenError ? error.message : reasonOf(error);
    return Promise.reject(
      new StoreOpenError(`Assay cannot open its data file ${file}: ${reason}`, { cause: error }),
    );
  }
}

/** Applies what is missing in one transaction; BEGIN IMMEDIATE serialises two instances starting. */
export function migrateSqlite(db: Database.Database, where: string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const record = db.prepare(
    `INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`,
  );
  const appliedVersions = () =>
    db.prepare(`SELECT version FROM ${MIGRATIONS_TABLE}`).pluck().all() as number[];
  db.transaction(() => {
    for (const migration of pendingMigrations(SQLITE_MIGRATIONS, appliedVersions(), where)) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, Date.now());
    }
  }).immediate();
}
