import type postgres from 'postgres';
import { ExpirySweeper } from './expiry-sweeper.js';
import { QUERY_KEY_ATTEMPTS, queryKey } from './query-key.js';

// Replay keys and long button queries in Postgres: keyed rows that expire, shared by every
// instance. Admission is one upsert, so of two instances racing for a key exactly one wins.

export class PostgresExpiringKeys {
  private readonly sweeper = new ExpirySweeper();

  constructor(private readonly sql: postgres.Sql) {}

  async admit(key: string, now: Date, windowMs: number): Promise<boolean> {
    await this.sweepIfDue(now);
    const rows = await this.sql`
      INSERT INTO replay_keys (key, expires_at)
      VALUES (${key}, ${new Date(now.getTime() + windowMs)})
      ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
        WHERE replay_keys.expires_at <= ${now}
      RETURNING key`;
    return rows.length === 1;
  }

  async putQuery(text: string, now: Date, ttlMs: number): Promise<string> {
    await this.sweepIfDue(now);
    const expiresAt = new Date(now.getTime() + ttlMs);
    for (let attempt = 0; attempt < QUERY_KEY_ATTEMPTS; attempt++) {
      const key = queryKey(text, attempt);
      const rows = await this.sql`
        INSERT INTO button_queries (key, text, expires_at) VALUES (${key}, ${text}, ${expiresAt})
        ON CONFLICT (key) DO UPDATE SET text = excluded.text,
          expires_at = greatest(button_queries.expires_at, excluded.expires_at)
          WHERE button_queries.text = excluded.text OR button_queries.expires_at <= ${now}
        RETURNING key`;
      if (rows.length === 1) return key;
    }
    throw new Error(`no free key for a query after ${QUERY_KEY_ATTEMPTS} attempts`);
  }

  async getQuery(key: string, now: Date): Promise<string | null> {
    const [row] = await this.sql<{ text: string }[]>`
      SELECT text FROM button_queries WHERE key = ${key} AND expires_at > ${now}`;
    return row?.text ?? null;
  }

  private async sweepIfDue(now: Date): Promise<void> {
    if (!this.sweeper.due(now)) return;
    await this.sql`
      WITH gone AS (DELETE FROM replay_keys WHERE expires_at <= ${now})
      DELETE FROM button_queries WHERE expires_at <= ${now}`;
  }
}
