import { type Caller, TERMINAL_CALLER } from './caller.js';
import type { CommandContext, CompletionSource } from './commands/command-spec.js';
import { type CommandDescriptor, describeCommand } from './commands/describe-commands.js';
import { COMMANDS } from './commands/index.js';
import { problemReply } from './commands/problem-reply.js';
import { queryFromOptions } from './commands/query-from-options.js';
import { runQuery } from './commands/run-query.js';
import type { Corpus } from './corpus/corpus.js';
import { dataStampOf } from './data-stamp.js';
import { answerWithStore } from './meetings/answer-with-store.js';
import { logShare } from './meetings/log-share.js';
import type { Reply } from './reply.js';
import { buildSearchIndex } from './search/build-search-index.js';
import { type Choice, completeValue } from './search/complete-value.js';
import { type ParseResult, parseQuery } from './search/parse-query.js';
import type { Store } from './store/store.js';

type OptionValues = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The whole core behind one object: adapters hold one and call these methods. */
export interface Assay {
  readonly corpus: Corpus;
  readonly commands: readonly CommandDescriptor[];
  /** The store, when one was opened: meetings, shares, gaps, replay keys, long queries. */
  readonly store: Store | null;
  /** Runs a command typed as text (`mercury ghana`, `stats by:mineral`), without the store. Never throws on bad input. */
  run(text: string, caller?: Caller): Reply;
  /** Runs a command given as named options (Discord): the free words under the command's words name. */
  runOptions(command: string, options: OptionValues, caller?: Caller): Reply;
  /** Like run, with the store: the channel's meeting, meeting commands, the gaps log. */
  answer(text: string, caller?: Caller): Promise<Reply>;
  /** Like runOptions, with the store. */
  answerOptions(command: string, options: OptionValues, caller?: Caller): Promise<Reply>;
  /** Logs a Share of `reply` to the channel; an apology to show the sharer when the store failed. */
  logShare(reply: Reply, caller: Caller): Promise<Reply | null>;
  /** Up to 25 completions for a value being typed, best first. */
  complete(source: CompletionSource, partial: string): Choice[];
}

export interface AssayOptions {
  /** Now; statuses are read against it and meetings run by it (tests pass a fixed time). */
  clock?: () => Date;
  /** What Assay remembers; without one, meeting commands say they need it. */
  store?: Store;
}

export function createAssay(corpus: Corpus, options: AssayOptions = {}): Assay {
  const clock = options.clock ?? (() => new Date());
  const store = options.store ?? null;
  const base = { corpus, index: buildSearchIndex(corpus.records), commands: COMMANDS };
  const data = dataStampOf(corpus);
  const context = (caller: Caller = TERMINAL_CALLER): CommandContext => ({
    ...base,
    now: clock(),
    caller,
  });
  // Every reply says which data answered it; this is the one place that sets it.
  const stamped = (reply: Reply): Reply => ({ ...reply, data });
  const sync = (parsed: ParseResult, typed: string, caller?: Caller): Reply =>
    parsed.ok
      ? stamped(runQuery(parsed.query, context(caller)))
      : stamped(problemReply('usage', parsed.message, parsed.example, typed));
  const withStore = async (parsed: ParseResult, typed: string, caller?: Caller) =>
    parsed.ok && store
      ? stamped(await answerWithStore(parsed.query, context(caller), store))
      : sync(parsed, typed, caller);
  // An empty command (a bare /assay) is a request for help.
  const parseText = (text: string) => parseQuery(text.trim() === '' ? 'help' : text);
  return {
    corpus,
    commands: COMMANDS.map(describeCommand),
    store,
    run: (text, caller) => sync(parseText(text), text, caller),
    runOptions: (command, values, caller) =>
      sync(queryFromOptions(command, values, COMMANDS), command, caller),
    answer: (text, caller) => withStore(parseText(text), text, caller),
    answerOptions: (command, values, caller) =>
      withStore(queryFromOptions(command, values, COMMANDS), command, caller),
    logShare: async (reply, caller) => (store ? logShare(store, reply, caller, clock()) : null),
    complete: (source, partial) => completeValue(source, partial, context()),
  };
}
