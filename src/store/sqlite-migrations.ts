import type { Migration } from './migration.js';

// SQLite schema, by version. Times are milliseconds since the epoch (INTEGER); filters and
// shared records are JSON text.

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'meetings and the share log',
    sql: `
      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        title TEXT,
        filters TEXT NOT NULL,
        started_by_id TEXT NOT NULL,
        started_by_name TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        ended_early_at INTEGER
      );
      CREATE INDEX meetings_by_channel ON meetings (platform, channel_id, starts_at);
      CREATE TABLE shares (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER REFERENCES meetings (id),
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        display_name TEXT NOT NULL,
        shared_at INTEGER NOT NULL,
        command TEXT NOT NULL,
        records TEXT NOT NULL
      );
      CREATE INDEX shares_by_meeting ON shares (meeting_id, shared_at);`,
  },
  {
    version: 2,
    name: 'unanswered questions',
    sql: `
      CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER REFERENCES meetings (id),
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        asked_at INTEGER NOT NULL,
        question TEXT NOT NULL,
        filters TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('none', 'weak'))
      );
      CREATE INDEX unanswered_by_meeting ON unanswered (meeting_id);
      CREATE INDEX unanswered_by_channel ON unanswered (platform, channel_id);`,
  },
  {
    version: 3,
    name: 'replay keys and button queries',
    sql: `
      CREATE TABLE replay_keys (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
      CREATE INDEX replay_keys_by_expiry ON replay_keys (expires_at);
      CREATE TABLE button_queries (
        key TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX button_queries_by_expiry ON button_queries (expires_at);`,
  },
];
