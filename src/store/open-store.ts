import type { StoreSettings } from '../config.js';
import { openPostgresStore } from './postgres-open.js';
import { openSqliteStore } from './sqlite-open.js';
import type { Store } from './store.js';

// The one way in: Postgres when DATABASE_URL is set (several instances share it), otherwise
// the SQLite file in ASSAY_DATA_DIR. Rejects with StoreOpenError, whose message says it all.

export function openStore(settings: StoreSettings): Promise<Store> {
  return settings.databaseUrl
    ? openPostgresStore(settings.databaseUrl)
    : openSqliteStore(settings.dataDir);
}
