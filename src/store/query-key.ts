import { createHash } from 'node:crypto';

// Short keys for long button queries. The key is a hash of the text, so every instance
// (and every re-render of the same reply) gives the same query the same key; `attempt`
// salts it in the one-in-2^72 case where two texts collide.

export const QUERY_KEY_LENGTH = 12;

export function queryKey(text: string, attempt = 0): string {
  const salted = attempt === 0 ? text : `${attempt}\u0000${text}`;
  return createHash('sha256').update(salted).digest('base64url').slice(0, QUERY_KEY_LENGTH);
}

/** Two tries are plenty: a second collision at 72 bits does not happen. */
export const QUERY_KEY_ATTEMPTS = 3;
