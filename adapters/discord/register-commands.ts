import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import {
  type CommandDescriptor,
  type DiscordConfig,
  openAssay,
  readConfig,
} from '../../src/index.js';
import { COMMAND_NAME, commandDefinitions, FACILITATE_NAME } from './command-definitions.js';
import { describeError } from './describe-error.js';
import { restApiBase } from './start-discord.js';

// `npm run discord:register`: PUTs /assay (derived from the core's command
// descriptors) to DISCORD_GUILD_ID when set (instant, for a workshop server),
// else globally (Discord may take up to an hour to show global changes).

export interface Registration {
  scope: 'guild' | 'global';
  route: string;
  subcommands: string[];
}

export async function registerCommands(
  commands: readonly CommandDescriptor[],
  config: DiscordConfig,
): Promise<Registration> {
  const rest = new REST(config.apiUrl ? { api: restApiBase(config.apiUrl) } : {}).setToken(
    config.token,
  );
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.appId, config.guildId)
    : Routes.applicationCommands(config.appId);
  const body = commandDefinitions(commands);
  await rest.put(route, { body });
  const subcommands = body.flatMap(
    (command) => command.options?.map((option) => option.name) ?? [],
  );
  return { scope: config.guildId ? 'guild' : 'global', route, subcommands };
}

function describe(registration: Registration, config: DiscordConfig): string {
  const where =
    registration.scope === 'guild'
      ? `to server ${config.guildId} (available now)`
      : 'globally (Discord can take up to an hour to show it everywhere)';
  return `Registered /${COMMAND_NAME} and /${FACILITATE_NAME} with ${registration.subcommands.join(', ')} ${where}.`;
}

/** What to check, by Discord's answer (401 bad token, 403 wrong app or server). */
function hintFor(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (status === 401)
    return 'Check DISCORD_TOKEN: copy the bot token again (Developer Portal › Bot › Reset Token).';
  if (status === 403 || status === 404) {
    return 'Check DISCORD_APP_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.';
  }
  if (status === undefined)
    return 'Discord could not be reached: check the network (and DISCORD_API_URL if set).';
  return 'Discord refused the request; the message above says why.';
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const configured = readConfig();
  if (!configured.ok) {
    process.stderr.write(`${configured.report}\n`);
    return 1;
  }
  const { discord, corpusDir } = configured.config;
  if (!discord) {
    process.stderr.write(
      'Set DISCORD_TOKEN and DISCORD_APP_ID (in .env) to register the Discord commands.\n',
    );
    return 1;
  }
  try {
    const registration = await registerCommands(openAssay(corpusDir).commands, discord);
    process.stdout.write(`${describe(registration, discord)}\n`);
    return 0;
  } catch (error) {
    const what = describeError(error, [discord.token]).split('\n')[0];
    process.stderr.write(`Registering the Discord commands failed: ${what}\n${hintFor(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => {
    process.exitCode = code;
  });
}
