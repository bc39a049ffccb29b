// A share addressed to one person: Slack sends a typed `for:@ama` as `for:<@U123|ama>`
// (should_escape: true in the manifest). Only a user mention can be addressed; `for:`
// with any other mention (@everyone, <!channel>, a user group, an unknown @name) is
// refused. Other `for:` values are the core's (a meeting's `for:90m`).
// Buttons carry the addressee as a prefix of their command text: `for:<@U123> mercury`.

/** A Slack user mention as Slack escapes it in command text. */
const USER_MENTION = /^<@([UW][A-Z0-9]{2,20})(?:\|[^>]*)?>$/;
/** `for:` followed by something mention-like: `<@…>`, `<!…>`, `@…`, or a typed `&lt;…`. */
const FOR_TOKEN = /(^|\s)for:((?:<|@|&lt;)\S*)/gi;
const PREFIX = /^for:<@([UW][A-Z0-9]{2,20})> /;

export type ReadAddressee =
  | { ok: true; text: string; addressee?: string }
  | { ok: false; refused: string };

/** Takes `for:<@U…>` out of raw slash-command text; refuses any other `for:` (or two). */
export function readAddressee(raw: string): ReadAddressee {
  const found = [...raw.matchAll(FOR_TOKEN)].map((match) => match[2] ?? '');
  if (found.length === 0) return { ok: true, text: raw };
  const user = USER_MENTION.exec(found[0] ?? '');
  if (found.length > 1 || !user) return { ok: false, refused: found.join(' ') };
  const text = raw.replace(FOR_TOKEN, '$1').replace(/\s+/g, ' ').trim();
  return { ok: true, text, addressee: user[1] };
}

/** A button's command text with the addressee in front, when there is one. */
export const withAddressee = (text: string, addressee?: string): string =>
  addressee ? `for:<@${addressee}> ${text}` : text;

/** A button's command text and addressee (the bot wrote the prefix; nothing else is read as one). */
export function readButtonValue(value: string): { query: string; addressee?: string } {
  const match = PREFIX.exec(value);
  return match ? { query: value.slice(match[0].length), addressee: match[1] } : { query: value };
}
