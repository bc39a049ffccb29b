import { type Caller, TERMINAL_CALLER } from './caller.js';
import type { CommandContext, CompletionSource } from './commands/command-spec.js';
import { type CommandDescriptor, describeCommand } from './commands/describe-commands.js';
import { COMMANDS } from './commands/index.js';
import { problemReply } from './commands/problem-reply.js';
import { queryFromOptions } from './commands/query-from-options.js';
import { runQuery } from './commands/run-query.js';
import type { Corpus } from './corpus/corpus.js';
import { diffCorpora } from './corpus/corpus-diff.js';
import type { LoadResult } from './corpus/load-corpus.js';
import type { ReloadOutcome } from './corpus/reload-outcome.js';
import { dataStampOf } from './data-stamp.js';
import { DEFAULT_LOCALE, translatorFor } from './i18n/index.js';
import { answerWithStore } from './meetings/answer-with-store.js';
import { logShare } from './meetings/log-share.js';
import type { DataStamp, Reply } from './reply.js';
import { buildSearchIndex } from './search/build-search-index.js';
import { type Choice, completeValue } from './search/complete-value.js';
import { type ParseResult, parseQuery } from './search/parse-query.js';
import type { SearchIndex } from './search/search-index.js';
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
  /** Reads the corpus folder again: a valid one is swapped in whole, an invalid one refused. */
  reload(): ReloadOutcome;
}

export interface AssayOptions {
  /** Now; statuses are read against it and meetings run by it (tests pass a fixed time). */
  clock?: () => Date;
  /** What Assay remembers; without one, meeting commands say they need it. */
  store?: Store;
  /** Where the corpus came from, to read it again on `reload` (none for an in-memory corpus). */
  load?: () => LoadResult;
}

/** One corpus with everything built from it: replaced whole, never edited. */
interface Served {
  corpus: Corpus;
  index: SearchIndex;
  data: DataStamp;
}

const serve = (corpus: Corpus): Served => ({
  corpus,
  index: buildSearchIndex(corpus.records),
  data: dataStampOf(corpus),
});

export function createAssay(corpus: Corpus, options: AssayOptions = {}): Assay {
  const clock = options.clock ?? (() => new Date());
  const store = options.store ?? null;
  let served = serve(corpus);
  const reload = (): ReloadOutcome => {
    if (!options.load)
      return {
        ok: false,
        problems: ['This corpus was built in memory: there is no folder to read again.'],
      };
    const loaded = options.load();
    if (!loaded.ok) return { ok: false, problems: loaded.problems };
    const next = serve(loaded.corpus);
    const diff = diffCorpora(served.corpus, next.corpus);
    served = next; // one assignment: a query sees the old corpus or the new one, never a mix
    return { ok: true, diff, date: next.data.date, records: next.data.records };
  };
  // A request reads `served` once: it answers, and is stamped, from that one corpus.
  const context = (now: Served, caller: Caller = TERMINAL_CALLER): CommandContext => ({
    corpus: now.corpus,
    locale: caller.locale ?? DEFAULT_LOCALE,
    t: translatorFor(caller.locale ?? DEFAULT_LOCALE),
    index: now.index,
    commands: COMMANDS,
    now: clock(),
    caller,
    ...(options.load ? { reload } : {}),
  });
  const sync = (parsed: ParseResult, typed: string, caller?: Caller): Reply => {
    const now = served;
    const reply = parsed.ok
      ? runQuery(parsed.query, context(now, caller))
      : problemReply(
          translatorFor(caller?.locale ?? DEFAULT_LOCALE),
          'usage',
          parsed.message,
          parsed.example,
          typed,
        );
    // Every reply says which data answered it; this is the one place that sets it.
    return { ...reply, data: now.data };
  };
  const withStore = async (parsed: ParseResult, typed: string, caller?: Caller) => {
    if (!parsed.ok || !store) return sync(parsed, typed, caller);
    const now = served;
    return {
      ...(await answerWithStore(parsed.query, context(now, caller), store)),
      data: now.data,
    };
  };
  // An empty command (a bare /assay) is a request for help.
  const parseText = (text: string) => parseQuery(text.trim() === '' ? 'help' : text);
  return {
    get corpus() {
      return served.corpus;
    },
    commands: COMMANDS.map(describeCommand),
    store,
    run: (text, caller) => sync(parseText(text), text, caller),
    runOptions: (command, values, caller) =>
      sync(queryFromOptions(command, values, COMMANDS), command, caller),
    answer: (text, caller) => withStore(parseText(text), text, caller),
    answerOptions: (command, values, caller) =>
      withStore(queryFromOptions(command, values, COMMANDS), command, caller),
    logShare: async (reply, caller) => (store ? logShare(store, reply, caller, clock()) : null),
    complete: (source, partial) => completeValue(source, partial, context(served)),
    reload,
  };
}
