// Plain text from the core (or a user) made safe for Discord markdown: nothing
// typed into the corpus or a query can format, link, or look like a mention.

/** Backslash-escapes markdown and mention syntax (Discord honours `\` before any punctuation). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~|`[\]<>]/g, '\\$&')
    .replace(/^(\s*)(#{1,3}|-#?|\d+\.)(?=\s)/gm, '$1\\$2')
    .replace(/@(everyone|here)/g, '@\u200b$1');
}

/** A URL that cannot break out of `(…)` in a masked link; null when it is not http(s). */
function safeUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return null;
  return new URL(url).href.replace(
    /[()<> ]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `[label](url)`, or the escaped label alone when the URL is not usable. */
export function maskedLink(label: string, url: string): string {
  const href = safeUrl(url);
  return href ? `[${escapeMarkdown(label)}](${href})` : escapeMarkdown(label);
}

/** A line for a code block: a zero-width space after each backtick, so none can close it. */
export const escapeCode = (line: string): string => line.replace(/`/g, '`\u200b');

/** Lines (already passed through escapeCode) in a code block. */
export const codeBlock = (lines: readonly string[]): string =>
  `\`\`\`\n${lines.join('\n')}\n\`\`\``;

/** Length of a code block around `lines`, for fitting before rendering. */
export const CODE_BLOCK_OVERHEAD = '```\n\n```'.length;
