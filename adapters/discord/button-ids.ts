import { type Store, StoreUnavailable } from '../../src/index.js';
import { DISCORD_MAX_CUSTOM_ID } from './render-limits.js';

// A button carries the command it runs in its custom_id: `assay:run:<query>`
// (page, did-you-mean: update the private reply), `assay:share:<query>` (post
// publicly) or `assay:pick:<query>` (the menu of results: share one, or open it).
// A share addressed to one person carries their id: `assay:share@<user id>:<query>`.
// Queries too long for Discord's 100 characters are kept under a short
// key: in the store when one is open (`assay:run:#s<key>`), so the button works on
// every instance and after a restart, until it expires; else in this process
// (`assay:run:#k3`), forgotten on restart. An unknown key says the button expired.

export type ButtonAction = 'run' | 'share' | 'pick';
export type DecodedButton =
  | { action: ButtonAction; query: string; addressee?: string }
  | { action: ButtonAction; expired: true };

/** A Discord user id (a snowflake); nothing else can be addressed. */
export const USER_ID = /^\d{17,20}$/;

const PREFIX = 'assay';
const STORED_QUERIES = 2000;
/**
 * Buttons sit on private replies, which stay on screen until the app reloads: often the
 * whole of a multi-day workshop. A week covers one; the store sweeps older keys.
 */
export const BUTTON_QUERY_TTL_MS = 7 * 24 * 60 * 60_000;

export interface ButtonIdsOptions {
  /** Where long queries outlive this process; null keeps them in memory only. */
  store?: Store | null;
  /** Now, for the store's expiry (tests inject it). */
  clock?: () => Date;
  ttlMs?: number;
}

export class ButtonIds {
  /** This process's own long queries: every one without a store, and a copy of stored ones. */
  private readonly kept = new Map<string, string>();
  private next = 0;
  private readonly store: Store | null;
  private readonly clock: () => Date;
  private readonly ttlMs: number;

  constructor(options: ButtonIdsOptions = {}) {
    this.store = options.store ?? null;
    this.clock = options.clock ?? (() => new Date());
    this.ttlMs = options.ttlMs ?? BUTTON_QUERY_TTL_MS;
  }

  async encode(action: ButtonAction, query: string, addressee?: string): Promise<string> {
    const to = addressee && USER_ID.test(addressee) ? `@${addressee}` : '';
    const head = `${PREFIX}:${action}${to}:`;
    const inline = `${head}${query}`;
    if (inline.length <= DISCORD_MAX_CUSTOM_ID && !query.startsWith('#')) return inline;
    const key = (await this.storeQuery(query)) ?? `#k${(this.next++).toString(36)}`;
    this.keep(key, query);
    return `${head}${key}`;
  }

  /** The button's action, query and addressee; null when the custom_id is not one of ours. */
  async decode(customId: string): Promise<DecodedButton | null> {
    const match = /^assay:(run|share|pick)(?:@(\d{17,20}))?:(.*)$/s.exec(customId);
    if (!match) return null;
    const action = match[1] as ButtonAction;
    const to = match[2] ? { addressee: match[2] } : {};
    const rest = match[3] ?? '';
    if (!rest.startsWith('#')) return { action, query: rest, ...to };
    const query = rest.startsWith('#s') ? await this.storedQuery(rest) : this.kept.get(rest);
    return query === undefined ? { action, expired: true } : { action, query, ...to };
  }

  /** `#s<key>` from the store; null when there is none or it is unreachable (memory then). */
  private async storeQuery(query: string): Promise<string | null> {
    if (!this.store) return null;
    try {
      return `#s${await this.store.putQuery(query, this.clock(), this.ttlMs)}`;
    } catch (error) {
      if (error instanceof StoreUnavailable) return null;
      throw error;
    }
  }

  /** A `#s` key's query: the store's answer, or this process's copy while it is unreachable. */
  private async storedQuery(key: string): Promise<string | undefined> {
    if (!this.store) return this.kept.get(key);
    try {
      return (await this.store.getQuery(key.slice(2), this.clock())) ?? undefined;
    } catch (error) {
      if (error instanceof StoreUnavailable) return this.kept.get(key);
      throw error;
    }
  }

  private keep(key: string, query: string): void {
    this.kept.delete(key);
    this.kept.set(key, query);
    if (this.kept.size > STORED_QUERIES) this.kept.delete(this.kept.keys().next().value as string);
  }
}
