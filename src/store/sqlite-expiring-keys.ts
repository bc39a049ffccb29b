import type Database from 'better-sqlite3';
import { ExpirySweeper } from './expiry-sweeper.js';
import { QUERY_KEY_ATTEMPTS, queryKey } from './query-key.js';
import type { SQLITE_SQL } from './sqlite-sql.js';

// Replay keys and long button queries in SQLite: keyed rows that expire. Each call is one
// statement; an expired row is swept now and then, and taken as new meanwhile.

export type SqliteStatements = { [name in keyof typeof SQLITE_SQL]: Database.Statement };

export class SqliteExpiringKeys {
  private readonly sweeper = new ExpirySweeper();

  constructor(private readonly sql: SqliteStatements) {}

  admit(key: string, now: Date, windowMs: number): boolean {
    this.sweepIfDue(now);
    const params = { key, now: now.getTime(), expiresAt: now.getTime() + windowMs };
    return this.sql.admit.get(params) !== undefined;
  }

  putQuery(text: string, now: Date, ttlMs: number): string {
    this.sweepIfDue(now);
    for (let attempt = 0; attempt < QUERY_KEY_ATTEMPTS; attempt++) {
      const params = { key: queryKey(text, attempt), text, now: now.getTime() };
      const row = this.sql.putQuery.get({ ...params, expiresAt: now.getTime() + ttlMs });
      if (row !== undefined) return params.key;
    }
    throw new Error(`no free key for a query after ${QUERY_KEY_ATTEMPTS} attempts`);
  }

  getQuery(key: string, now: Date): string | null {
    const row = this.sql.getQuery.get({ key, now: now.getTime() }) as { text: string } | undefined;
    return row?.text ?? null;
  }

  private sweepIfDue(now: Date): void {
    if (!this.sweeper.due(now)) return;
    this.sql.sweepReplayKeys.run(now.getTime());
    this.sql.sweepQueries.run(now.getTime());
  }
}
