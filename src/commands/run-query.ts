import type { Reply } from '../reply.js';
import type { Query } from '../search/parse-query.js';
import { checkQuery } from './check-query.js';
import type { CommandContext, CommandInput, CommandSpec } from './command-spec.js';

/** Checks a query against its command's spec and runs it (the door without a store). */
export function runQuery(query: Query, context: CommandContext): Reply {
  const checked = checkQuery(query, context);
  return checked.ok ? checked.spec.run(checked.input, context) : checked.reply;
}

/** Like runQuery, waiting for a command whose work takes a while (the asynchronous door). */
export async function answerQuery(query: Query, context: CommandContext): Promise<Reply> {
  const checked = checkQuery(query, context);
  return checked.ok ? runSpec(checked.spec, checked.input, context) : checked.reply;
}

/** A command's asynchronous form when it has one, else its synchronous one. */
export function runSpec(
  spec: CommandSpec,
  input: CommandInput<unknown>,
  context: CommandContext,
): Reply | Promise<Reply> {
  return spec.runAsync ? spec.runAsync(input, context) : spec.run(input, context);
}
