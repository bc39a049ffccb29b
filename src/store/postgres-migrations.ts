import type { Migration } from './migration.js';

// Postgres schema, by version: the same tables as SQLite's, in Postgres types.

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'meetings and the share log',
    sql: `
      CREATE TABLE meetings (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        platform text NOT NULL,
        channel_id text NOT NULL,
        title text,
        filters jsonb NOT NULL,
        started_by_id text NOT NULL,
        started_by_name text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        ended_early_at timestamptz
      );
      CREATE INDEX meetings_by_channel ON meetings (platform, channel_id, starts_at);
      CREATE TABLE shares (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        meeting_id bigint REFERENCES meetings (id),
        platform text NOT NULL,
        channel_id text NOT NULL,
        user_id text NOT NULL,
        display_name text NOT NULL,
        shared_at timestamptz NOT NULL,
        command text NOT NULL,
        records jsonb NOT NULL
      );
      CREATE INDEX shares_by_meeting ON shares (meeting_id, shared_at);`,
  },
  {
    version: 2,
    name: 'unanswered questions',
    sql: `
      CREATE TABLE unanswered (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        meeting_id bigint REFERENCES meetings (id),
        platform text NOT NULL,
        channel_id text NOT NULL,
        asked_at timestamptz NOT NULL,
        question text NOT NULL,
        filters text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('none', 'weak'))
      );
      CREATE INDEX unanswered_by_meeting ON unanswered (meeting_id);
      CREATE INDEX unanswered_by_channel ON unanswered (platform, channel_id);`,
  },
  {
    version: 3,
    name: 'replay keys and button queries',
    sql: `
      CREATE TABLE replay_keys (key text PRIMARY KEY, expires_at timestamptz NOT NULL);
      CREATE INDEX replay_keys_by_expiry ON replay_keys (expires_at);
      CREATE TABLE button_queries (
        key text PRIMARY KEY,
        text text NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX button_queries_by_expiry ON button_queries (expires_at);`,
  },
];
