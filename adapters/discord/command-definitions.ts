import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDescriptor, OptionDescriptor, WordsSpec } from '../../src/index.js';
import {
  DISCORD_MAX_CHOICE_TEXT,
  DISCORD_MAX_CHOICES,
  DISCORD_MAX_COMMAND_DESCRIPTION,
  DISCORD_MAX_COMMAND_OPTIONS,
  fitText,
} from './render-limits.js';

// Discord's command JSON, derived from the core's command descriptors: one
// `/assay` command, one subcommand per core command, the free words as the
// command's named option (`query`, `id`, `topic`, `command`) and every
// key:value option as an option. Nothing here is written twice.

export const COMMAND_NAME = 'assay';
const COMMAND_DESCRIPTION =
  'Interventions and reports on child labour in artisanal and small-scale mining';

const describe = (text: string) => fitText(text, DISCORD_MAX_COMMAND_DESCRIPTION);

function wordsOption(words: WordsSpec): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    name: words.name,
    description: describe(words.description),
    required: words.required,
    autocomplete: words.completion !== undefined,
  };
}

function namedOption(option: OptionDescriptor): APIApplicationCommandBasicOption {
  const type = option.integer
    ? ApplicationCommandOptionType.Integer
    : ApplicationCommandOptionType.String;
  const base = { name: option.name, description: describe(option.description), required: false };
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
      name: fitText(choice.name, DISCORD_MAX_CHOICE_TEXT),
      value: choice.value,
    }));
    return { ...base, type, choices: fitted };
  }
  return { ...base, type, autocomplete: option.completion !== undefined };
}

function subcommand(command: CommandDescriptor): APIApplicationCommandSubcommandOption {
  const options = [
    ...(command.words ? [wordsOption(command.words)] : []),
    ...command.options.map(namedOption),
  ];
  // Discord wants required options first.
  options.sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    description: describe(command.description),
    options: options.slice(0, DISCORD_MAX_COMMAND_OPTIONS),
  };
}

/** The body of the PUT that registers `/assay` (guild or global). */
export function commandDefinitions(
  commands: readonly CommandDescriptor[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: COMMAND_NAME,
      description: COMMAND_DESCRIPTION,
      options: commands.map(subcommand),
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
