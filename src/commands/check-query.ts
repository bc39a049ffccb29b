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
import { commandText } from './command-texts.js';
import { wordIssue } from './option-issue.js';
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
  const { t } = context;
  if (!spec) return fail(t('checks:unknown-command', { command: query.command }), 'help');
  const command = spec.name;
  if (spec.facilitatorOnly && !context.caller.facilitator) {
    const who = whoFacilitates(context.caller.platform, t);
    const message = t('checks:not-allowed', { command, who });
    return { ok: false, reply: problemReply(context.t, 'not-allowed', message, 'help', text) };
  }
  const example = spec.examples[0] ?? spec.name;
  if (spec.words === null && query.words.length > 0) {
    return fail(t('checks:no-words', { command, words: query.words.join(' ') }), example);
  }
  if (spec.words?.required && query.words.length === 0) {
    const words = commandText(`${spec.name}.${spec.words.name}`)[context.locale];
    const what = words.toLocaleLowerCase(context.locale);
    return fail(t('checks:needs-words', { command, what }), example);
  }
  const schema = spec.options instanceof z.ZodObject ? spec.options.strict() : spec.options;
  const parsed = schema.safeParse(query.options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    if (issue?.code === 'unrecognized_keys') {
      const keys = issue.keys.map((name) => `${name}:`).join(', ');
      return fail(t('checks:no-such-options', { command, keys }), example);
    }
    return fail(
      issue ? wordIssue(issue, t) : t('checks:bad-option'),
      `${spec.name} ${key}:${safeExample(key)}`,
    );
  }
  return { ok: true, spec, input: { words: query.words, options: parsed.data, query, text } };
}

function safeExample(key: string): string {
  return (OPTION_KEYS as readonly string[]).includes(key) ? exampleValue(key as OptionKey) : '…';
}
