import { App, type Logger, webApi } from '@slack/bolt';
import type { Assay, SlackConfig } from '../../src/index.js';
import { PendingWork, plural } from '../pending-work.js';
import type { RunningPlatform } from '../running-platform.js';
import { explainFailure } from './explain-failure.js';
import { createErrorHandler } from './handle-error.js';
import { makeReceiver } from './make-receiver.js';
import { OUTBOUND_POLICIES, type OutboundPolicies, outboundFetch } from './post-with-retry.js';
import { registerListeners } from './register-listeners.js';
import { REPLAY_RETENTION_MS } from './replay-guard.js';
import { createSlackLogger, redact } from './slack-logger.js';
import { StoreReplayKeys } from './store-replay-keys.js';
import { UserLocales, usersInfoLookup } from './user-locales.js';

// Starts the Slack adapter: Socket Mode when an app token is configured (no public URL
// needed), otherwise HTTP on `port` at /slack/events behind the replay guard.

export interface StartSlackOptions {
  /** Where log lines go (tests capture them); every line is redacted first. */
  logger?: Logger;
  /** HTTP mode: the interface to listen on (default: config.host, else every interface). */
  host?: string;
  /** See answer-in-time.ts; tests set 0 to force the response_url path. */
  ackBudgetMs?: number;
  /** Timeouts and retry budgets of calls to Slack (default OUTBOUND_POLICIES). */
  outbound?: OutboundPolicies;
}

export interface RunningSlack extends RunningPlatform {
  mode: 'socket' | 'http';
  /** HTTP mode: the port actually bound (useful with port 0). */
  port?: number;
}

export async function startSlack(
  assay: Assay,
  config: SlackConfig,
  options: StartSlackOptions = {},
): Promise<RunningSlack> {
  const secrets = [config.botToken, config.signingSecret, config.appToken ?? ''];
  const logger = options.logger ?? createSlackLogger(secrets);
  const policies = options.outbound ?? OUTBOUND_POLICIES;
  const slackApiUrl = withTrailingSlash(config.apiUrl ?? SLACK_API_URL);
  // One fetch for bolt's respond() and every Web API call: timeouts and bounded retries live
  // there, so the Web API client's own (up to 30 minutes of retries) is switched off.
  const clientOptions = {
    slackApiUrl,
    fetch: outboundFetch(slackApiUrl, policies),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
  const identity = await checkBotToken(config.botToken, clientOptions, logger, secrets);
  const host = options.host ?? config.host;
  // Shared keys when a store is open: a replay sent to another instance is refused too.
  const keys = assay.store ? new StoreReplayKeys(assay.store, REPLAY_RETENTION_MS) : undefined;
  const { mode, receiver, http } = makeReceiver({ config, logger, host, clientOptions, keys });
  const app = new App({
    token: config.botToken,
    ...identity,
    receiver,
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    extendedErrorHandler: true,
  });
  // Everything a request sets off, its apology included, is tracked so shutdown can wait for it.
  const pending = new PendingWork();
  app.use(({ next }) => pending.track(next()));
  const locales = new UserLocales(usersInfoLookup(app.client), config.defaultLocale ?? 'en');
  const onError = createErrorHandler(logger, {
    client: app.client,
    apology: policies.apology,
    locales,
  });
  app.error((args: Parameters<typeof onError>[0]) => pending.track(onError(args)));
  registerListeners(app, assay, {
    command: config.command,
    ackBudgetMs: options.ackBudgetMs,
    facilitators: config.facilitators,
    locales,
  });
  const started = await app.start().catch((error: unknown) => {
    throw startupError(error, http ? 'PORT' : 'SLACK_APP_TOKEN', secrets);
  });
  const port = typeof started === 'number' ? started : undefined;
  logger.info(
    http
      ? `listening for ${config.command} on ${host ?? 'every interface'}, port ${port}, at /slack/events.`
      : `connected in Socket Mode, answering ${config.command}.`,
  );
  return {
    name: 'Slack',
    mode,
    port,
    pending: () => (pending.count > 0 ? plural(pending.count, 'Slack request') : undefined),
    // Stop taking new connections, let what is in flight finish (acks ride the socket in
    // Socket Mode, so it closes last), then close everything.
    async stop() {
      await http?.stopAccepting();
      await pending.drained();
      await app.stop();
    },
    explain: (error) => explainFailure(error, http ? 'SLACK_BOT_TOKEN' : 'SLACK_APP_TOKEN'),
    // Slack's background failures surface as uncaught errors, which explain() recognises.
    onFatal: () => undefined,
  };
}

const SLACK_API_URL = 'https://slack.com/api/';

const withTrailingSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

/** One auth.test at startup: a readable error now rather than a failed command later. */
async function checkBotToken(
  token: string,
  clientOptions: webApi.WebClientOptions,
  logger: Logger,
  secrets: readonly string[],
): Promise<{ botId?: string; botUserId?: string }> {
  const client = new webApi.WebClient(token, { ...clientOptions, logger });
  try {
    const result = await client.auth.test();
    return { botId: result.bot_id, botUserId: result.user_id };
  } catch (error) {
    throw startupError(error, 'SLACK_BOT_TOKEN', secrets);
  }
}

/** Names the setting to check, and never includes a token (Slack's error codes do not). */
function startupError(error: unknown, key: string, secrets: readonly string[]): Error {
  const platform = (error as { data?: { error?: unknown } }).data?.error;
  if (typeof platform === 'string') {
    return new Error(`Slack refused ${key} (${redact(platform, secrets)}). Check it in .env.`);
  }
  const code = (error as { code?: unknown }).code;
  const reason =
    code === 'EADDRINUSE'
      ? 'the port is already in use'
      : redact(error instanceof Error ? error.message : String(error), secrets);
  const hint = key === 'PORT' ? 'Choose another PORT.' : 'Check SLACK_API_URL and the network.';
  return new Error(`Slack could not start: ${reason}. ${hint}`);
}
