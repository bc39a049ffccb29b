import postgres from 'postgres';
import { describe } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres-open.js';
import { type MigrationPlace, migrationContract } from './contract-migrations.js';
import { markVersion, POSTGRES_V1, postgresTime, v1Rows } from './schema-v1.js';
import { freshSchema } from './store-places.js';

const postgresMigrationPlace = async (): Promise<MigrationPlace> => {
  const { url, drop } = await freshSchema('m');
  return {
    v1: POSTGRES_V1,
    v1Rows: v1Rows(postgresTime),
    markVersion: markVersion(postgresTime),
    open: () => openPostgresStore(url),
    raw: async () => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      return {
        exec: async (text) => void (await sql.unsafe(text)),
        versions: async () =>
          (await sql<{ version: number }[]>`SELECT version FROM schema_migrations`).map(
            (row) => row.version,
          ),
        close: () => sql.end(),
      };
    },
    dispose: drop,
  };
};

describe('the Postgres store', () => {
  migrationContract(postgresMigrationPlace);
});
