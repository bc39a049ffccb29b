import { type Logger, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { SlackConfig } from '../../src/index.js';
import { ReplayGuardReceiver } from './replay-guard.js';
import type { ReplayKeys } from './replay-keys.js';

// The two ways Slack reaches Assay. HTTP: our own server in front of bolt's, with the replay
// guard. Socket Mode: bolt's receiver, tuned so a routine reconnect is short.

/**
 * @slack/socket-mode waits clientPingTimeout × (failures in a row) before reconnecting, even
 * after Slack's routine `refresh_requested`: 5 s by default, and commands sent meanwhile are
 * lost. 2 s still leaves a pong 2 s to arrive, far more than Slack needs.
 */
export const SOCKET_PING_TIMEOUT_MS = 2000;

export interface ReceiverSettings {
  config: SlackConfig;
  logger: Logger;
  host?: string;
  clientOptions: webApi.WebClientOptions;
  /** Where the replay guard keeps seen keys (default: this process's memory). */
  keys?: ReplayKeys;
}

export function makeReceiver({ config, logger, host, clientOptions, keys }: ReceiverSettings) {
  if (!config.appToken) {
    const http = new ReplayGuardReceiver({
      signingSecret: config.signingSecret,
      logger,
      port: config.port,
      host,
      keys,
    });
    return { mode: 'http' as const, receiver: http, http };
  }
  const receiver = new SocketModeReceiver({
    appToken: config.appToken,
    logger,
    logLevel: logger.getLevel(),
    clientPingTimeout: SOCKET_PING_TIMEOUT_MS,
    // apps.connections.open keeps being retried through a long outage, as socket-mode does by
    // default: giving up would end Socket Mode for good.
    installerOptions: {
      clientOptions: { ...clientOptions, retryConfig: { retries: 100, factor: 1.3 } },
    },
  });
  return { mode: 'socket' as const, receiver, http: undefined };
}
