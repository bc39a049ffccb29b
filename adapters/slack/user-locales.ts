import type { webApi } from '@slack/bolt';
import { type Locale, localeFromTag } from '../../src/index.js';

// Slack's slash commands and button presses carry no language. A user's own comes from
// users.info with include_locale (scope users:read), kept per user for an hour. The lookup
// never holds a reply up for long: after LOCALE_WAIT_MS the workspace default (ASSAY_LOCALE)
// applies, so the answer still rides in the 3-second acknowledgement, and a late answer is
// kept for the user's next request.

/** How long a reply waits for users.info (well inside answer-in-time's 2 s budget). */
export const LOCALE_WAIT_MS = 700;
/** A user's language changes rarely; read it again after an hour. */
export const LOCALE_TTL_MS = 60 * 60 * 1000;
/** After a failed lookup, a minute on the default, so an outage does not slow every reply. */
export const LOCALE_RETRY_MS = 60 * 1000;
/** Enough for a large workspace; the oldest entry goes first. */
const MAX_USERS = 10_000;

/** Asks Slack for a user's locale tag (`es-LA`, `fr-FR`); rejects when Slack fails. */
export type LocaleLookup = (userId: string) => Promise<string | undefined>;

export function usersInfoLookup(client: webApi.WebClient): LocaleLookup {
  return async (user) => (await client.users.info({ user, include_locale: true })).user?.locale;
}

interface Known {
  /** null: Slack answered with a language Assay does not speak, or did not answer. */
  locale: Locale | null;
  until: number;
}

export class UserLocales {
  private readonly known = new Map<string, Known>();
  private readonly asking = new Map<string, Promise<Locale | null>>();

  constructor(
    private readonly lookup: LocaleLookup,
    readonly fallback: Locale,
    private readonly waitMs = LOCALE_WAIT_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** What is known now, without asking Slack (for the apology after a failure). */
  cached(userId: string | undefined): Locale {
    const known = userId ? this.known.get(userId) : undefined;
    return (known && known.until > this.clock() && known.locale) || this.fallback;
  }

  /** The user's language, or the default when Slack does not say in time. */
  async localeOf(userId: string): Promise<Locale> {
    const known = this.known.get(userId);
    if (known && known.until > this.clock()) return known.locale ?? this.fallback;
    const answer = this.asking.get(userId) ?? this.ask(userId);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.waitMs);
    });
    try {
      return (await Promise.race([answer, late])) ?? this.fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  private ask(userId: string): Promise<Locale | null> {
    const answer = this.lookup(userId)
      .then(
        (tag) => this.remember(userId, localeFromTag(tag), LOCALE_TTL_MS),
        () => this.remember(userId, null, LOCALE_RETRY_MS),
      )
      .finally(() => this.asking.delete(userId));
    this.asking.set(userId, answer);
    return answer;
  }

  private remember(userId: string, locale: Locale | null, forMs: number): Locale | null {
    this.known.delete(userId);
    this.known.set(userId, { locale, until: this.clock() + forMs });
    if (this.known.size > MAX_USERS) this.known.delete(this.known.keys().next().value as string);
    return locale;
  }
}
