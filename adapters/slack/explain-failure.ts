import type { PlatformFailure } from '../running-platform.js';
import { describeFailure } from './describe-failure.js';

// An error no listener caught, recognised as Slack's. In Socket Mode the only Slack calls
// that run outside a request are @slack/socket-mode's own reconnects (apps.connections.open,
// with the app token); in HTTP mode nothing runs in the background but the bot token's calls.

export function explainFailure(error: unknown, key: string): PlatformFailure | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('slack_')) return undefined;
  const refused = (error as { data?: { error?: unknown } }).data?.error;
  if (typeof refused === 'string') {
    return {
      platform: 'Slack',
      reason: `Slack refused ${key} (${refused})`,
      hint: `Check ${key} in .env.`,
    };
  }
  return {
    platform: 'Slack',
    reason: `lost its connection to Slack (${describeFailure(error)})`,
    hint: 'Check SLACK_API_URL and the network.',
  };
}
