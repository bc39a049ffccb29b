// A schema migration: applied once, in version order, inside a transaction, and recorded in
// schema_migrations. A shipped migration never changes; a new version is added instead.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS_TABLE = 'schema_migrations';

/** The migrations still to apply, after checking the database is not newer than this code. */
export function pendingMigrations(
  all: readonly Migration[],
  applied: readonly number[],
  where: string,
): Migration[] {
  const known = all.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new Error(
      `${where} has schema version ${newest}, newer than this Assay knows (${known}): upgrade Assay, or point it at another database`,
    );
  }
  const done = new Set(applied);
  return all.filter((migration) => !done.has(migration.version));
}
