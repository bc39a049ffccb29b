// Errors are logged without secrets: the bot token, and the interaction and
// webhook tokens that discord.js puts in request URLs (they authorise replies).

const URL_TOKENS = /\/(interactions|webhooks)\/(\d+)\/[^/\s?'"]+/g;

export function describeError(error: unknown, secrets: readonly string[]): string {
  let text =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  if (error instanceof Error && 'url' in error && typeof error.url === 'string')
    text += `\n  at ${error.url}`;
  for (const secret of secrets) if (secret) text = text.split(secret).join('[redacted]');
  return text.replace(URL_TOKENS, '/$1/$2/[redacted]');
}
