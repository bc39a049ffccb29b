import type { StoreSettings } from '../config.js';
import type { Store } from './store.js';

// The one way in: Postgres when DATABASE_URL is set (several instances share it), otherwise
// the SQLite file in ASSAY_DATA_DIR. Rejects with StoreOpenError, whose message says it all.
// Only the driver in use is loaded: a terminal command on SQLite never loads postgres.

export async function openStore(settings: StoreSettings): Promise<Store> {
  if (settings.databaseUrl) {
    const { openPostgresStore } = await import('./postgres-open.js');
    return openPostgresStore(settings.databaseUrl);
  }
  const { openSqliteStore } = await import('./sqlite-open.js');
  return openSqliteStore(settings.dataDir);
}
