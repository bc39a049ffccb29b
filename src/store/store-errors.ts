// Two failures callers must tell apart from bugs. StoreOpenError: the store cannot start
// (its message is the whole story: print it without a stack). StoreUnavailable: the
// database went away mid-use; the caller apologises privately and a later call may work.

export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
}

export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
}

/** The driver's own words for why, without its stack. */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const message = error.message.trim();
    return typeof code === 'string' && code !== '' && !message.includes(code)
      ? `${message} (${code})`
      : message;
  }
  return String(error);
}
