import type { Reply } from '../reply.js';
import type { Query } from '../search/parse-query.js';
import { checkQuery } from './check-query.js';
import type { CommandContext } from './command-spec.js';

/** Checks a query against its command's spec and runs it (the door without a store). */
export function runQuery(query: Query, context: CommandContext): Reply {
  const checked = checkQuery(query, context);
  return checked.ok ? checked.spec.run(checked.input, context) : checked.reply;
}
