import type { CompletionSource } from './commands/command-spec.js';
import { type CommandDescriptor, describeCommand } from './commands/describe-commands.js';
import { COMMANDS } from './commands/index.js';
import { problemReply } from './commands/problem-reply.js';
import { queryFromOptions } from './commands/query-from-options.js';
import { runQuery } from './commands/run-query.js';
import type { Corpus } from './corpus/corpus.js';
import { dataStampOf } from './data-stamp.js';
import type { Reply } from './reply.js';
import { buildSearchIndex } from './search/build-search-index.js';
import { type Choice, completeValue } from './search/complete-value.js';
import { parseQuery, type Query } from './search/parse-query.js';

/** The whole core behind one object: adapters hold one and call these four methods. */
export interface Assay {
  readonly corpus: Corpus;
  readonly commands: readonly CommandDescriptor[];
  /** Runs a command typed as text (`mercury ghana`, `stats by:mineral`). Never throws on bad input. */
  run(text: string): Reply;
  /** Runs a command given as named options (Discord): the free words under the command's words name. */
  runOptions(
    command: string,
    options: Readonly<Record<string, string | number | boolean | null | undefined>>,
  ): Reply;
  /** Up to 25 completions for a value being typed, best first. */
  complete(source: CompletionSource, partial: string): Choice[];
}

export interface AssayOptions {
  /** Today's date; statuses are read against it (tests pass a fixed day). */
  clock?: () => Date;
}

export function createAssay(corpus: Corpus, options: AssayOptions = {}): Assay {
  const clock = options.clock ?? (() => new Date());
  const base = { corpus, index: buildSearchIndex(corpus.records), commands: COMMANDS };
  const data = dataStampOf(corpus);
  // Every reply says which data answered it; this is the one place that sets it.
  const stamped = (reply: Reply): Reply => ({ ...reply, data });
  const execute = (query: Query): Reply => stamped(runQuery(query, { ...base, now: clock() }));
  return {
    corpus,
    commands: COMMANDS.map(describeCommand),
    run(text) {
      // An empty command (a bare /assay) is a request for help.
      const parsed = parseQuery(text.trim() === '' ? 'help' : text);
      return parsed.ok
        ? execute(parsed.query)
        : stamped(problemReply('usage', parsed.message, parsed.example, text));
    },
    runOptions(command, options) {
      const parsed = queryFromOptions(command, options, COMMANDS);
      return parsed.ok
        ? execute(parsed.query)
        : stamped(problemReply('usage', parsed.message, parsed.example, command));
    },
    complete: (source, partial) => completeValue(source, partial, { ...base, now: clock() }),
  };
}
