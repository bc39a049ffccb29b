import postgres from 'postgres';
import { MIGRATIONS_TABLE, pendingMigrations } from './migration.js';
import { isConnectionFailure } from './postgres-errors.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { PostgresStore } from './postgres-store.js';
import type { Store } from './store.js';
import { reasonOf, StoreOpenError } from './store-errors.js';

// Connects to DATABASE_URL, checks it answers, and brings the schema up to date. Postgres
// down (or refusing us) at start is one StoreOpenError naming where, without the password.

export interface PostgresOptions {
  /** Seconds to wait for a connection before calling Postgres unavailable. */
  connectTimeout?: number;
}

export async function openPostgresStore(
  url: string,
  options: PostgresOptions = {},
): Promise<Store> {
  const location = describeUrl(url);
  let sql: postgres.Sql | undefined;
  try {
    sql = postgres(url, {
      max: 10,
      connect_timeout: options.connectTimeout ?? 5,
      idle_timeout: 60,
      onnotice: () => {},
      // Parameters in the URL (`?search_path=assay` for a schema of its own) still apply.
      connection: { application_name: 'assay' },
    });
    await migratePostgres(sql, location);
    return new PostgresStore(sql, location);
  } catch (error) {
    await sql?.end({ timeout: 1 }).catch(() => {});
    const what = isConnectionFailure(error) ? 'cannot reach Postgres' : 'cannot use Postgres';
    throw new StoreOpenError(`Assay ${what} at ${location} (DATABASE_URL): ${reasonOf(error)}`, {
      cause: error,
    });
  }
}

/** One transaction under an advisory lock, so instances starting together migrate once. */
export async function migratePostgres(sql: postgres.Sql, where: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext('assay-migrations:' || coalesce(current_schema(), '')))`;
    await tx.unsafe(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL
    )`);
    const applied = await tx<{ version: number }[]>`SELECT version FROM ${tx(MIGRATIONS_TABLE)}`;
    const versions = applied.map((row) => row.version);
    for (const migration of pendingMigrations(POSTGRES_MIGRATIONS, versions, where)) {
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO ${tx(MIGRATIONS_TABLE)} (version, name, applied_at)
        VALUES (${migration.version}, ${migration.name}, now())`;
    }
  });
}

/** host:port/database from the URL, for messages and logs; never the user or password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    return `${host}:${parsed.port || '5432'}${parsed.pathname || '/'}`;
  } catch {
    return 'the DATABASE_URL given (not a URL)';
  }
}
