import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Assay, DiscordConfig } from '../../src/index.js';
import { describeError } from './describe-error.js';
import { createInteractionHandler } from './handle-interaction.js';
import { NO_PINGS } from './render-message.js';

// The Discord bot: a discord.js gateway client with the Guilds intent only
// (slash commands, autocomplete and buttons arrive as interactions; no message
// content is read). discord.js resumes a dropped gateway connection by itself.

export interface RunningDiscord {
  stop(): Promise<void>;
}

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
    rest: config.apiUrl ? { api: restApiBase(config.apiUrl) } : {},
  });
  const secrets = [config.token];
  const logError =
    (where: string, more: string[] = []) =>
    (error: unknown) =>
      log(`assay discord: ${where}: ${describeError(error, [...secrets, ...more])}`);

  const handle = createInteractionHandler(assay, {
    logError: (error, interaction) =>
      logError(`interaction ${interaction.id} failed`, [interaction.token])(error),
  });
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.on(Events.Error, logError('client error'));
  client.on(Events.ShardError, logError('gateway error'));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw new Error(`Discord login failed: ${describeError(error, secrets).split('\n')[0]}`);
  }
  const info = options.info ?? ((line: string) => process.stdout.write(`${line}\n`));
  const servers = client.guilds.cache.size;
  info(
    `Discord: connected as ${client.user?.tag} in ${servers} server${servers === 1 ? '' : 's'}; try /assay help.`,
  );
  return {
    async stop() {
      await client.destroy();
    },
  };
}
