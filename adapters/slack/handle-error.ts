import type { App, Logger } from '@slack/bolt';

/** bolt does not export these args; the last overload of app.error takes the extended handler. */
type ExtendedErrorHandlerArgs = Parameters<Parameters<App['error']>[0]>[0];

// The adapter's one top-level error handler (bolt's app.error): every error a listener
// throws ends here. It logs through the redacting logger and tells the person, privately,
// that something went wrong: never a stack trace, never silence.

export const APOLOGY =
  'Sorry, something went wrong on our side while answering that. Please try again in a moment.';

export function createErrorHandler(logger: Logger) {
  return async ({ error, body }: ExtendedErrorHandlerArgs): Promise<void> => {
    logger.error('Could not answer a Slack request:', error);
    const responseUrl = responseUrlOf(body);
    if (!responseUrl) return;
    try {
      const response = await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          response_type: 'ephemeral',
          replace_original: false,
          text: APOLOGY,
        }),
      });
      if (!response.ok) logger.warn(`The apology was refused (HTTP ${response.status}).`);
    } catch (failure) {
      logger.warn('Could not deliver the apology:', failure);
    }
  };
}

function responseUrlOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('response_url' in body)) return undefined;
  const url = body.response_url;
  if (typeof url !== 'string' || !URL.canParse(url)) return undefined;
  const { protocol } = new URL(url);
  return protocol === 'https:' || protocol === 'http:' ? url : undefined;
}
