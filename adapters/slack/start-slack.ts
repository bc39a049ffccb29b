import { App, type Logger, webApi } from '@slack/bolt';
import type { Assay, SlackConfig } from '../../src/index.js';
import { createErrorHandler } from './handle-error.js';
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
  const clientOptions = config.apiUrl ? { slackApiUrl: withTrailingSlash(config.apiUrl) } : {};
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
  app.error(createErrorHandler(logger));
  registerListeners(app, assay, { command: config.command, ackBudgetMs: options.ackBudgetMs });
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

const withTrailingSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

/** One auth.test at startup: a readable error now rather than a failed command later. */
async function checkBotToken(
  token: string,
  clientOptions: { slackApiUrl?: string },
  logger: Logger,
  secrets: readonly string[],
): Promise<{ botId?: string; botUserId?: string }> {
  const client = new webApi.WebClient(token, {
    ...clientOptions,
    logger,
    retryConfig: { retries: 1 },
  });
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
