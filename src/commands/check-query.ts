import { z } from 'zod';
import { whoFacilitates } from '../caller.js';
import type { Reply } from '../reply.js';
import {
  exampleValue,
  formatQuery,
  OPTION_KEYS,
  type OptionKey,
  type Query,
} from '../search/parse-query.js';
import type { CommandContext, CommandInput, CommandSpec } from './command-spec.js';
import { problemReply } from './problem-reply.js';

export type CheckedQuery =
  | { ok: true; spec: CommandSpec; input: CommandInput<unknown> }
  | { ok: false; reply: Reply };

/**
 * Finds the command, checks who asks and the words and options against its spec.
 * Both doors (with and without a store) start here, so they refuse and complain alike.
 */
export function checkQuery(query: Query, context: CommandContext): CheckedQuery {
  const text = formatQuery(query);
  const fail = (message: string, example: string): CheckedQuery => ({
    ok: false,
    reply: problemReply(context.t, 'usage', message, example, text),
  });
  const spec = context.commands.find((candidate) => candidate.name === query.command);
  if (!spec) return fail(`Unknown command "${query.command}".`, 'help');
  if (spec.facilitatorOnly && !context.caller.facilitator) {
    const who = whoFacilitates(context.caller.platform);
    const message = `Sorry, ${spec.name} is for the meeting's facilitators: ${who} can run it. Ask one of them, or try search in the meantime.`;
    return { ok: false, reply: problemReply(context.t, 'not-allowed', message, 'help', text) };
  }
  const example = spec.examples[0] ?? spec.name;
  if (spec.words === null && query.words.length > 0) {
    return fail(`${spec.name} takes no words, got "${query.words.join(' ')}".`, example);
  }
  if (spec.words?.required && query.words.length === 0) {
    return fail(`${spec.name} needs ${spec.words.description.toLowerCase()}.`, example);
  }
  const schema = spec.options instanceof z.ZodObject ? spec.options.strict() : spec.options;
  const parsed = schema.safeParse(query.options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    if (issue?.code === 'unrecognized_keys') {
      return fail(
        `${spec.name} does not take ${issue.keys.map((name) => `${name}:`).join(', ')}.`,
        example,
      );
    }
    return fail(
      issue?.message ?? 'That option is not right.',
      `${spec.name} ${key}:${safeExample(key)}`,
    );
  }
  return { ok: true, spec, input: { words: query.words, options: parsed.data, query, text } };
}

function safeExample(key: string): string {
  return (OPTION_KEYS as readonly string[]).includes(key) ? exampleValue(key as OptionKey) : '…';
}
