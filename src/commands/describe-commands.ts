import { z } from 'zod';
import type { CommandSpec, CompletionSource, OptionMeta, WordsSpec } from './command-spec.js';

/** A command as platform-neutral data: what help and Discord's definitions are built from. */
export interface CommandDescriptor {
  name: string;
  description: string;
  usage: string;
  examples: string[];
  words: WordsSpec | null;
  options: OptionDescriptor[];
  /** Facilitators only (Discord registers these under a command limited to Manage Server). */
  facilitatorOnly: boolean;
}

export interface OptionDescriptor {
  name: string;
  description: string;
  choices?: readonly { name: string; value: string }[];
  completion?: CompletionSource;
  integer?: boolean;
}

function optionShape(schema: z.ZodType): Record<string, z.ZodType> {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
}

export function describeCommand(spec: CommandSpec): CommandDescriptor {
  const options = Object.entries(optionShape(spec.options)).map(([name, schema]) => {
    const meta = (schema.meta() ?? {}) as Partial<OptionMeta>;
    const option: OptionDescriptor = { name, description: meta.description ?? name };
    if (meta.choices) option.choices = meta.choices;
    if (meta.completion) option.completion = meta.completion;
    if (meta.integer) option.integer = true;
    return option;
  });
  return {
    name: spec.name,
    description: spec.description,
    usage: spec.usage,
    examples: spec.examples,
    words: spec.words,
    options,
    facilitatorOnly: spec.facilitatorOnly === true,
  };
}
