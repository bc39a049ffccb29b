import { z } from 'zod';
import { DEFAULT_LOCALE, type Locale } from '../i18n/index.js';
import type { CommandSpec, CompletionSource, OptionMeta, WordsSpec } from './command-spec.js';
import {
  choiceNames,
  commandText,
  type Localized,
  optionTextKey,
  requireCommandText,
} from './command-texts.js';

/** A command as platform-neutral data: what help and Discord's definitions are built from. */
export interface CommandDescriptor {
  name: string;
  /** In the language asked for (English unless said). */
  description: string;
  /** In every language (Discord's description_localizations). */
  descriptions: Localized;
  usage: string;
  examples: string[];
  words: WordsDescriptor | null;
  options: OptionDescriptor[];
  /** Facilitators only (Discord registers these under a command limited to Manage Server). */
  facilitatorOnly: boolean;
  /** A share of its reply can be addressed to one person (search, brief, lessons). */
  addressable: boolean;
}

export interface WordsDescriptor extends WordsSpec {
  description: string;
  descriptions: Localized;
}

export interface ChoiceDescriptor {
  /** In the language asked for; `names` in every language when the catalog words it. */
  name: string;
  value: string;
  names?: Localized;
}

export interface OptionDescriptor {
  name: string;
  description: string;
  descriptions: Localized;
  choices?: readonly ChoiceDescriptor[];
  completion?: CompletionSource;
  integer?: boolean;
}

function optionShape(schema: z.ZodType): Record<string, z.ZodType> {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
}

function describeChoice(option: string, choice: { name: string; value: string }, locale: Locale) {
  const names = choiceNames(option, choice.value);
  return names ? { ...choice, name: names[locale], names } : { ...choice };
}

function describeOption(command: string, name: string, schema: z.ZodType, locale: Locale) {
  const meta = (schema.meta() ?? {}) as Partial<OptionMeta>;
  const descriptions = commandText(optionTextKey(command, name));
  const option: OptionDescriptor = { name, description: descriptions[locale], descriptions };
  if (meta.choices) option.choices = meta.choices.map((c) => describeChoice(name, c, locale));
  if (meta.completion) option.completion = meta.completion;
  if (meta.integer) option.integer = true;
  return option;
}

/** A command's descriptor, its texts in `locale` (every language is in `descriptions`). */
export function describeCommand(
  spec: CommandSpec,
  locale: Locale = DEFAULT_LOCALE,
): CommandDescriptor {
  const descriptions = commandText(spec.name);
  const words = spec.words && {
    ...spec.words,
    descriptions: commandText(`${spec.name}.${spec.words.name}`),
  };
  const options = Object.entries(optionShape(spec.options)).map(([name, schema]) =>
    describeOption(spec.name, name, schema, locale),
  );
  return {
    name: spec.name,
    description: descriptions[locale],
    descriptions,
    usage: spec.usage,
    examples: spec.examples,
    words: words && { ...words, description: words.descriptions[locale] },
    options,
    facilitatorOnly: spec.facilitatorOnly === true,
    addressable: spec.addressable === true,
  };
}

/**
 * Fails, as describeCommand would, when a text of the command is missing from the catalog,
 * without wording any: what loading checks, while the descriptions wait for their first use.
 */
export function checkCommandTexts(spec: CommandSpec): void {
  requireCommandText(spec.name);
  if (spec.words) requireCommandText(`${spec.name}.${spec.words.name}`);
  for (const name of Object.keys(optionShape(spec.options)))
    requireCommandText(optionTextKey(spec.name, name));
}
