import { reasonOf, StoreUnavailable } from './store-errors.js';

// SQLite failures that are about the file, not about our SQL: the disk filled up, the file
// went read-only or away, another process held the lock too long. Callers treat them like a
// Postgres outage; anything else is a bug and stays as it is.

const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN|CORRUPT|NOTADB)/;

export function guardSqlite<T>(location: string, run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const closed =
      error instanceof TypeError && /database connection is not open/.test(error.message);
    if (closed || (typeof code === 'string' && UNAVAILABLE.test(code))) {
      return Promise.reject(
        new StoreUnavailable(`The store at ${location} is unavailable: ${reasonOf(error)}`, {
          cause: error,
        }),
      );
    }
    return Promise.reject(error);
  }
}
