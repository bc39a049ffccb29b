import { z } from 'zod';
import type { Reply } from '../reply.js';
import {
  exampleValue,
  formatQuery,
  OPTION_KEYS,
  type OptionKey,
  type Query,
} from '../search/parse-query.js';
import type { CommandContext } from './command-spec.js';
import { problemReply } from './problem-reply.js';

/** Finds the command, checks its words and options against its spec, and runs it. */
export function runQuery(query: Query, context: CommandContext): Reply {
  const text = formatQuery(query);
  const spec = context.commands.find((candidate) => candidate.name === query.command);
  if (!spec) return problemReply('usage', `Unknown command "${query.command}".`, 'help', text);
  const example = spec.examples[0] ?? spec.name;

  if (spec.words === null && query.words.length > 0) {
    return problemReply(
      'usage',
      `${spec.name} takes no words, got "${query.words.join(' ')}".`,
      example,
      text,
    );
  }
  if (spec.words?.required && query.words.length === 0) {
    return problemReply(
      'usage',
      `${spec.name} needs ${spec.words.description.toLowerCase()}.`,
      example,
      text,
    );
  }
  const schema = spec.options instanceof z.ZodObject ? spec.options.strict() : spec.options;
  const parsed = schema.safeParse(query.options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const message =
      issue?.code === 'unrecognized_keys'
        ? `${spec.name} does not take ${issue.keys.map((name) => `${name}:`).join(', ')}.`
        : (issue?.message ?? 'That option is not right.');
    const fix =
      issue?.code === 'unrecognized_keys' ? example : `${spec.name} ${key}:${safeExample(key)}`;
    return problemReply('usage', message, fix, text);
  }
  return spec.run({ words: query.words, options: parsed.data, query, text }, context);
}

function safeExample(key: string): string {
  return (OPTION_KEYS as readonly string[]).includes(key) ? exampleValue(key as OptionKey) : '…';
}
