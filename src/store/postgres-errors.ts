import { reasonOf, StoreUnavailable } from './store-errors.js';

// Failures that mean "Postgres is not there right now": the postgres client's own connection
// codes, the socket's, and the server's connection and shutdown states (SQLSTATE 08xxx,
// 57P01-57P03, 53300). They reject as StoreUnavailable; the client reconnects on a later call.

const CLIENT_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isConnectionFailure);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    CLIENT_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300'
  );
}

export async function guardPostgres<T>(location: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isConnectionFailure(error)) throw error;
    throw new StoreUnavailable(`Postgres at ${location} is unavailable: ${reasonOf(error)}`, {
      cause: error,
    });
  }
}
