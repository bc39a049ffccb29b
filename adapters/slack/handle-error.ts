import type { App, Logger, webApi } from '@slack/bolt';
import { translatorFor } from '../../src/index.js';
import { describeFailure, failedOnResponseUrl } from './describe-failure.js';
import { type OutboundPolicy, postWithRetry } from './post-with-retry.js';
import type { UserLocales } from './user-locales.js';

/** bolt does not export these args; the last overload of app.error takes the extended handler. */
type ExtendedErrorHandlerArgs = Parameters<Parameters<App['error']>[0]>[0];

// The adapter's one top-level error handler (bolt's app.error): every error a listener
// throws ends here. It logs one line (the stack only at debug level) through the redacting
// logger and tells the person, privately, that something went wrong: never a stack trace,
// never silence. The apology takes the first route that still works: the response_url
// (unless that is what just failed), then chat.postEphemeral through the Web API. It is worded
// in the language already known for the person (never a new lookup after a failure).

export interface ErrorHandlerSettings {
  /** The app's Web API client (its fetch already has timeouts and retries). */
  client: webApi.WebClient;
  apology: OutboundPolicy;
  locales: UserLocales;
}

export function createErrorHandler(logger: Logger, settings: ErrorHandlerSettings) {
  return async ({ error, body }: ExtendedErrorHandlerArgs): Promise<void> => {
    const who = whoAsked(body);
    const apology = translatorFor(settings.locales.cached(who.userId))('platform:apology');
    logger.error(`Could not answer ${who.describe}: ${describeFailure(error)}`);
    logger.debug('The failure in full:', error);
    const routes: [string, () => Promise<void>][] = [];
    if (who.responseUrl && !failedOnResponseUrl(error)) {
      const url = who.responseUrl;
      routes.push(['response_url', () => postApology(url, apology, settings.apology)]);
    }
    if (who.channelId && who.userId) {
      const ephemeral = { channel: who.channelId, user: who.userId, text: apology };
      routes.push([
        'chat.postEphemeral',
        async () => void (await settings.client.chat.postEphemeral(ephemeral)),
      ]);
    }
    const failures: string[] = [];
    for (const [route, send] of routes) {
      try {
        return await send();
      } catch (failure) {
        failures.push(`${route}: ${describeFailure(failure)}`);
      }
    }
    logger.warn(
      `Could not deliver the apology (${failures.join('; ') || 'no route to the person'}).`,
    );
  };
}

async function postApology(url: string, text: string, policy: OutboundPolicy): Promise<void> {
  const message = { response_type: 'ephemeral', replace_original: false, text };
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  };
  const response = await postWithRetry(url, init, policy);
  await response.body?.cancel();
  if (!response.ok) throw new Error(`answered ${response.status}`);
}

interface Asker {
  describe: string;
  responseUrl?: string;
  channelId?: string;
  userId?: string;
}

/** Who asked and where, from a slash command's or a button press's body. */
function whoAsked(body: unknown): Asker {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const nested = (key: string) => (fields[key] as { id?: unknown } | undefined)?.id;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const userId = text(fields.user_id) ?? text(nested('user'));
  const channelId = text(fields.channel_id) ?? text(nested('channel'));
  const kind = typeof fields.command === 'string' ? 'a slash command' : 'a button press';
  const place = [userId && `from ${userId}`, channelId && `in ${channelId}`].filter(Boolean);
  return {
    describe: [kind, ...place].join(' '),
    responseUrl: responseUrlOf(fields.response_url),
    channelId,
    userId,
  };
}

function responseUrlOf(url: unknown): string | undefined {
  if (typeof url !== 'string' || !URL.canParse(url)) return undefined;
  const { protocol } = new URL(url);
  return protocol === 'https:' || protocol === 'http:' ? url : undefined;
}
