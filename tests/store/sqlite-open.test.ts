import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, SQLITE_FILE } from '../../src/store/sqlite-open.js';
import { StoreOpenError, StoreUnavailable } from '../../src/store/store-errors.js';
import { at, ROOM, share } from './store-harness.js';

describe('opening the SQLite store', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'assay-open-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates its data folder on first use, with the file in WAL mode', async () => {
    const dataDir = join(root, 'not', 'yet', 'there');
    const store = await openSqliteStore(dataDir);
    await store.close();
    const file = join(dataDir, SQLITE_FILE);
    expect(existsSync(file)).toBe(true);
    expect(store.location).toBe(file);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('names the path when the folder cannot be made (a file stands in the way)', async () => {
    writeFileSync(join(root, 'data'), 'not a folder');
    const opening = openSqliteStore(join(root, 'data', 'assay'));
    await expect(opening).rejects.toThrow(StoreOpenError);
    await expect(opening).rejects.toThrow(
      `Assay cannot open its data file ${join(root, 'data', 'assay', SQLITE_FILE)}`,
    );
  });

  it('names the path when the file cannot be written (a folder stands in its place)', async () => {
    mkdirSync(join(root, SQLITE_FILE));
    await expect(openSqliteStore(root)).rejects.toThrow(
      new RegExp(`^Assay cannot open its data file ${join(root, SQLITE_FILE)}: `),
    );
  });

  it('names the path when the file is not a SQLite database', async () => {
    writeFileSync(join(root, SQLITE_FILE), 'interventions,reports\n'.repeat(100));
    await expect(openSqliteStore(root)).rejects.toThrow(
      `Assay cannot open its data file ${join(root, SQLITE_FILE)}: file is not a database`,
    );
  });

  it('rejects calls after close as unavailable, not with a driver error', async () => {
    const store = await openSqliteStore(root);
    await store.close();
    await expect(store.logShare(share(1))).rejects.toThrow(StoreUnavailable);
    await expect(store.currentMeeting(ROOM, at(1))).rejects.toThrow(StoreUnavailable);
  });
});
