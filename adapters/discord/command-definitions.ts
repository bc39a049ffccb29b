import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  Locale as DiscordLocale,
  InteractionContextType,
  type LocalizationMap,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  type CommandDescriptor,
  commandText,
  LOCALES,
  type Localized,
  type OptionDescriptor,
  translatorFor,
  type WordsDescriptor,
} from '../../src/index.js';
import {
  DISCORD_MAX_CHOICE_TEXT,
  DISCORD_MAX_CHOICES,
  DISCORD_MAX_COMMAND_DESCRIPTION,
  DISCORD_MAX_COMMAND_OPTIONS,
  fitText,
} from './render-limits.js';

// Discord's command JSON, derived from the core's command descriptors: `/assay`
// with one subcommand per core command, and `/facilitate` with the facilitator-only
// ones (meeting, digest, gaps), shown only to members with Manage Server. The free
// words are the command's named option (`query`, `id`, `topic`, `command`) and every
// key:value option is an option. Nothing here is written twice. Every description (and the
// fixed choices' names) carries its French, Spanish and Portuguese from the core's catalog.

export const COMMAND_NAME = 'assay';
/** The user option naming who a share is for. */
export const ADDRESSEE_OPTION = 'for';
export const FACILITATE_NAME = 'facilitate';
/** The permission Discord checks before showing /facilitate; the bot checks it again. */
export const FACILITATOR_PERMISSION = PermissionFlagsBits.ManageGuild;

const describe = (text: string) => fitText(text, DISCORD_MAX_COMMAND_DESCRIPTION);

/** Discord's languages for each of ours (Spanish twice: Spain and Latin America). */
export const DISCORD_LOCALES = {
  fr: [DiscordLocale.French],
  es: [DiscordLocale.SpanishES, DiscordLocale.SpanishLATAM],
  pt: [DiscordLocale.PortugueseBR],
} as const;

/** A text's translations as Discord's localization map, each fitted to `max`. */
function localizations(texts: Localized, max = DISCORD_MAX_COMMAND_DESCRIPTION): LocalizationMap {
  const map: LocalizationMap = {};
  for (const [locale, tags] of Object.entries(DISCORD_LOCALES))
    for (const tag of tags) map[tag] = fitText(texts[locale as keyof typeof DISCORD_LOCALES], max);
  return map;
}

const described = (texts: Localized) => ({
  description: describe(texts.en),
  description_localizations: localizations(texts),
});

function wordsOption(words: WordsDescriptor): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    name: words.name,
    ...described(words.descriptions),
    required: words.required,
    autocomplete: words.completion !== undefined,
  };
}

function namedOption(option: OptionDescriptor): APIApplicationCommandBasicOption {
  const type = option.integer
    ? ApplicationCommandOptionType.Integer
    : ApplicationCommandOptionType.String;
  const base = { name: option.name, ...described(option.descriptions), required: false };
  // Discord takes up to 25 fixed choices; a longer list stays free text the core checks.
  const choices =
    option.choices && option.choices.length <= DISCORD_MAX_CHOICES ? option.choices : undefined;
  if (type === ApplicationCommandOptionType.Integer) {
    return {
      ...base,
      type,
      ...(choices
        ? { choices: choices.map((choice) => ({ name: choice.name, value: Number(choice.value) })) }
        : {}),
    };
  }
  if (choices) {
    const fitted = choices.map((choice) => ({
      name: fitText(choice.names?.en ?? choice.name, DISCORD_MAX_CHOICE_TEXT),
      ...(choice.names
        ? { name_localizations: localizations(choice.names, DISCORD_MAX_CHOICE_TEXT) }
        : {}),
      value: choice.value,
    }));
    return { ...base, type, choices: fitted };
  }
  return { ...base, type, autocomplete: option.completion !== undefined };
}

/** `for`: the one person a share of the reply is addressed to (a user picker: no roles, no @everyone). */
function addresseeOption(): APIApplicationCommandBasicOption {
  const texts = LOCALES.map((locale) => [locale, translatorFor(locale)('findings:for-option')]);
  return {
    type: ApplicationCommandOptionType.User,
    name: ADDRESSEE_OPTION,
    ...described(Object.fromEntries(texts) as Localized),
    required: false,
  };
}

function subcommand(command: CommandDescriptor): APIApplicationCommandSubcommandOption {
  const options = [
    ...(command.words ? [wordsOption(command.words)] : []),
    ...command.options.map(namedOption),
    ...(command.addressable ? [addresseeOption()] : []),
  ];
  // Discord wants required options first.
  options.sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    ...described(command.descriptions),
    options: options.slice(0, DISCORD_MAX_COMMAND_OPTIONS),
  };
}

/** The body of the PUT that registers `/assay` and `/facilitate` (guild or global). */
export function commandDefinitions(
  commands: readonly CommandDescriptor[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const everyone = commands.filter((command) => !command.facilitatorOnly);
  const facilitators = commands.filter((command) => command.facilitatorOnly);
  const assay: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    ...described(commandText('slash.assay')),
    options: everyone.map(subcommand),
  };
  if (facilitators.length === 0) return [assay];
  return [
    assay,
    {
      type: ApplicationCommandType.ChatInput,
      name: FACILITATE_NAME,
      ...described(commandText('slash.facilitate')),
      options: facilitators.map(subcommand),
      default_member_permissions: FACILITATOR_PERMISSION.toString(),
      // A meeting belongs to a server channel, never to a DM.
      contexts: [InteractionContextType.Guild],
    },
  ];
}

/** Where a focused option's autocomplete comes from, per the core's descriptors. */
export function completionSource(
  commands: readonly CommandDescriptor[],
  subcommandName: string,
  optionName: string,
) {
  const command = commands.find((candidate) => candidate.name === subcommandName);
  if (!command) return undefined;
  if (command.words?.name === optionName) return command.words.completion;
  return command.options.find((option) => option.name === optionName)?.completion;
}
