import type { Json } from './fake-slack.js';

// users.info as Slack answers it: the user, with `locale` only when the app asked with
// include_locale (Slack's own rule). Slowness and 5xx come from the fault plan
// (`fake.faults.add('users.info', …)`); `refuse` answers like an app without users:read.

export class FakeSlackUsers {
  /** Each user's Slack language (`es-LA`, `pt-BR`); users not listed read en-US, Slack's default. */
  readonly locales = new Map<string, string>();
  /** An error to answer every users.info with (`missing_scope`), until set back to undefined. */
  refuse: string | undefined;
  /** How many times users.info was asked, by user id. */
  readonly asked = new Map<string, number>();

  answer(method: string, args: Json): Json | undefined {
    if (method !== 'users.info') return undefined;
    const id = String(args.user ?? '');
    this.asked.set(id, (this.asked.get(id) ?? 0) + 1);
    if (this.refuse) return { ok: false, error: this.refuse, needed: 'users:read' };
    if (!/^[UW][A-Z0-9]{2,}$/.test(id)) return { ok: false, error: 'user_not_found' };
    const withLocale = args.include_locale === true || args.include_locale === 'true';
    const locale = this.locales.get(id) ?? 'en-US';
    return {
      ok: true,
      user: { id, team_id: 'T0FAKE001', name: id.toLowerCase(), ...(withLocale ? { locale } : {}) },
    };
  }
}
