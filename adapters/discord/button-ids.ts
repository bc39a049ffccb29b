import { DISCORD_MAX_CUSTOM_ID } from './render-limits.js';

// A button carries the command it runs in its custom_id: `assay:run:<query>`
// (page, did-you-mean: update the private reply) or `assay:share:<query>` (post
// publicly). Queries too long for Discord's 100 characters are kept here under a
// short key, `assay:run:#k3`; a restart forgets them and the button says so.

export type ButtonAction = 'run' | 'share';
export type DecodedButton =
  | { action: ButtonAction; query: string }
  | { action: ButtonAction; expired: true };

const PREFIX = 'assay';
const STORED_QUERIES = 2000;

export class ButtonIds {
  private readonly stored = new Map<string, string>();
  private next = 0;

  encode(action: ButtonAction, query: string): string {
    const inline = `${PREFIX}:${action}:${query}`;
    if (inline.length <= DISCORD_MAX_CUSTOM_ID && !query.startsWith('#')) return inline;
    const key = `#k${(this.next++).toString(36)}`;
    this.stored.set(key, query);
    if (this.stored.size > STORED_QUERIES)
      this.stored.delete(this.stored.keys().next().value as string);
    return `${PREFIX}:${action}:${key}`;
  }

  /** The button's action and query; null when the custom_id is not one of ours. */
  decode(customId: string): DecodedButton | null {
    const match = /^assay:(run|share):(.*)$/s.exec(customId);
    if (!match) return null;
    const action = match[1] as ButtonAction;
    const rest = match[2] ?? '';
    if (!rest.startsWith('#')) return { action, query: rest };
    const query = this.stored.get(rest);
    return query === undefined ? { action, expired: true } : { action, query };
  }
}
