import { App, type Logger, webApi } from '@slack/bolt';
import type { Assay, SlackConfig } from '../../src/index.js';
import { createErrorHandler } from './handle-error.js';
import { OUTBOUND_POLICIES, type OutboundPolicies, outboundFetch } from './post-with-retry.js';
import { registerListeners } from './register-listeners.js';
import { ReplayGuardReceiver } from './replay-guard.js';
import { createSlackLogger, redact } from './slack-logger.js';

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

export interface RunningSlack {
  mode: 'socket' | 'http';
  /** HTTP mode: the port actually bound (useful with port 0). */
  port?: number;
  stop(): Promise<void>;
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
  const receiver = config.appToken
    ? undefined
    : new ReplayGuardReceiver({
        signingSecret: config.signingSecret,
        logger,
        port: config.port,
        host: options.host ?? config.host,
      });
  const app = new App({
    token: config.botToken,
    ...identity,
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken }),
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    extendedErrorHandler: true,
  });
  app.error(createErrorHandler(logger, { client: app.client, apology: policies.apology }));
  registerListeners(app, assay, {
    command: config.command,
    ackBudgetMs: options.ackBudgetMs,
    facilitators: config.facilitators,
  });
  const started = await app.start().catch((error: unknown) => {
    throw startupError(error, receiver ? 'PORT' : 'SLACK_APP_TOKEN', secrets);
  });
  const port = typeof started === 'number' ? started : undefined;
  logger.info(
    receiver
      ? `listening for ${config.command} on ${options.host ?? config.host ?? 'every interface'}, port ${port}, at /slack/events.`
      : `connected in Socket Mode, answering ${config.command}.`,
  );
  const stop = () => app.stop().then(() => undefined);
  return { mode: receiver ? 'http' : 'socket', port, stop };
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
