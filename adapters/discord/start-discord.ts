import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Assay, DiscordConfig } from '../../src/index.js';
import { PendingWork, plural } from '../pending-work.js';
import type { PlatformFailure, RunningPlatform } from '../running-platform.js';
import { describeError } from './describe-error.js';
import { createInteractionHandler } from './handle-interaction.js';
import { NO_PINGS } from './render-message.js';

// The Discord bot: a discord.js gateway client with the Guilds intent only
// (slash commands, autocomplete and buttons arrive as interactions; no message
// content is read). discord.js resumes a dropped gateway connection by itself.

export type RunningDiscord = RunningPlatform;

/** Gateway close codes after which discord.js gives up, and the setting each points at. */
const FATAL_CLOSES: Record<number, { reason: string; key: string }> = {
  4004: {
    reason: 'Discord refused DISCORD_TOKEN (gateway close 4004: authentication failed)',
    key: 'DISCORD_TOKEN',
  },
  4013: { reason: 'Discord refused the gateway intents (close 4013)', key: 'DISCORD_APP_ID' },
  4014: { reason: 'Discord refused a privileged intent (close 4014)', key: 'DISCORD_APP_ID' },
};

export interface StartDiscordOptions {
  /** Where errors go (default: stderr); the text never holds a token. */
  log?: (line: string) => void;
  /** Where the "connected" line goes (default: stdout). */
  info?: (line: string) => void;
}

/** DISCORD_API_URL as discord.js's `rest.api`: the base before `/v10` (`https://discord.com/api`). */
export function restApiBase(apiUrl: string): string {
  return apiUrl.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

export async function startDiscord(
  assay: Assay,
  config: DiscordConfig,
  options: StartDiscordOptions = {},
): Promise<RunningDiscord> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_PINGS,
    rest: {
      ...(config.apiUrl ? { api: restApiBase(config.apiUrl) } : {}),
      // Node's own fetch, not @discordjs/rest's undici 6 request(): once @slack/bolt has loaded
      // undici 7, the two share one global dispatcher and 7 cannot read 6's multipart bodies
      // ("action is not a function"), so every attachment (charts, digest files) failed.
      makeRequest: fetch,
    },
  });
  const secrets = [config.token];
  const logError =
    (where: string, more: string[] = []) =>
    (error: unknown) =>
      log(`assay discord: ${where}: ${describeError(error, [...secrets, ...more])}`);

  const handle = createInteractionHandler(assay, {
    defaultLocale: config.defaultLocale,
    logError: (error, interaction) =>
      logError(`interaction ${interaction.id} failed`, [interaction.token])(error),
  });
  const pending = new PendingWork();
  const fatal: ((failure: PlatformFailure) => void)[] = [];
  client.on(Events.InteractionCreate, (interaction) => void pending.track(handle(interaction)));
  client.on(Events.Error, logError('client error'));
  // One line: the shard error that comes with a fatal close is explained by the close below.
  client.on(Events.ShardError, (error) =>
    log(`assay discord: gateway error: ${describeError(error, secrets).split('\n')[0]}`),
  );
  client.on(Events.ShardDisconnect, ({ code }) => {
    const known = FATAL_CLOSES[code];
    const failure: PlatformFailure = {
      platform: 'Discord',
      reason: known?.reason ?? `Discord closed the gateway for good (code ${code})`,
      hint: `Check ${known?.key ?? 'DISCORD_TOKEN'} in .env.`,
    };
    for (const listener of fatal) listener(failure);
  });

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    const reason = describeError(error, secrets).split('\n')[0];
    throw new Error(`Discord login failed: ${reason}. Check DISCORD_TOKEN in .env.`);
  }
  const info = options.info ?? ((line: string) => process.stdout.write(`${line}\n`));
  const servers = client.guilds.cache.size;
  info(
    `Discord: connected as ${client.user?.tag} in ${servers} server${servers === 1 ? '' : 's'}; try /assay help.`,
  );
  return {
    name: 'Discord',
    pending: () => (pending.count > 0 ? plural(pending.count, 'Discord interaction') : undefined),
    // Interactions in flight are answered over REST, so the gateway closes only after them.
    async stop() {
      await pending.drained();
      await client.destroy();
    },
    explain: (error) => explainDiscordError(error),
    onFatal: (listener) => void fatal.push(listener),
  };
}

/** discord.js's own errors carry a code such as TokenInvalid; REST errors a status. */
function explainDiscordError(error: unknown): PlatformFailure | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  if (code === 'TokenInvalid') {
    return {
      platform: 'Discord',
      reason: 'Discord refused DISCORD_TOKEN',
      hint: 'Check DISCORD_TOKEN in .env.',
    };
  }
  if (!/node_modules\/(discord\.js|@discordjs)\//.test(stack)) return undefined;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    platform: 'Discord',
    reason: `discord.js failed (${message})`,
    hint: 'Check DISCORD_API_URL and the network.',
  };
}
