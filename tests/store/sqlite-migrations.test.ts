import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe } from 'vitest';
import { openSqliteStore, SQLITE_FILE } from '../../src/store/sqlite-open.js';
import { type MigrationPlace, migrationContract } from './contract-migrations.js';
import { markVersion, SQLITE_V1, sqliteTime, v1Rows } from './schema-v1.js';

const sqliteMigrationPlace = async (): Promise<MigrationPlace> => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-migrate-'));
  return {
    v1: SQLITE_V1,
    v1Rows: v1Rows(sqliteTime),
    markVersion: markVersion(sqliteTime),
    open: () => openSqliteStore(dir),
    raw: async () => {
      const db = new Database(join(dir, SQLITE_FILE));
      return {
        exec: async (sql) => void db.exec(sql),
        versions: async () =>
          db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
        close: async () => void db.close(),
      };
    },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
};

describe('the SQLite store', () => {
  migrationContract(sqliteMigrationPlace);
});
