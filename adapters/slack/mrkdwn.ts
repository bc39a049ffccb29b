import { SLACK_MAX_LINK_URL } from './render-limits.js';

// Slack's mrkdwn treats only `&`, `<` and `>` as markup: `<!channel>` pings, `<url|label>`
// links, `<@U123>` mentions. Escaping those three makes any text inert.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slack sends slash-command text with `&`, `<`, `>` escaped and, with
 * `should_escape: true`, typed mentions, channels and links as `<@U123|ama>`,
 * `<#C123|general>`, `<https://…|…>`; the core wants plain text ("@ama").
 */
export function unescapeSlackText(text: string): string {
  return text
    .replace(/<([@#])[A-Z0-9]+\|([^>]*)>/g, '$1$2')
    .replace(/<@([A-Z0-9]+)>/g, '@$1')
    .replace(/<(https?:[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A web address made safe inside `<…|…>`, or undefined when it is not an http(s) URL. */
export function linkTarget(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // `href` percent-encodes spaces, `<` and `>`; `|` would end the address early.
  const href = parsed.href.replace(/\|/g, '%7C').replace(/&/g, '&amp;');
  return href.length <= SLACK_MAX_LINK_URL ? href : undefined;
}

/** `<url|label>` with the label escaped; just the escaped label when the URL cannot be linked. */
export function mrkdwnLink(url: string, label: string): string {
  const target = linkTarget(url);
  const text = escapeMrkdwn(label);
  return target ? `<${target}|${text}>` : text;
}

/** Inline code: escaped, with backticks swapped so the span cannot be closed early. */
export function mrkdwnCode(text: string): string {
  return `\`${escapeMrkdwn(text.replace(/`/g, 'ˋ'))}\``;
}

/** A user mention, only for ids shaped like Slack's (U…/W…), so nothing else can be pinged. */
export function mentionUser(userId: string): string {
  return /^[UW][A-Z0-9]{2,20}$/.test(userId) ? `<@${userId}>` : 'someone';
}
