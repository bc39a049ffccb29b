import { type Caller, TERMINAL_CALLER } from './caller.js';
import type { CommandContext, CompletionSource } from './commands/command-spec.js';
import {
  type CommandDescriptor,
  checkCommandTexts,
  describeCommand,
} from './commands/describe-commands.js';
import { findingActions, RECORD_ID } from './commands/finding-actions.js';
import { COMMANDS } from './commands/index.js';
import { problemReply } from './commands/problem-reply.js';
import { queryFromOptions } from './commands/query-from-options.js';
import { answerQuery, runQuery } from './commands/run-query.js';
import type { Corpus } from './corpus/corpus.js';
import { diffCorporaInSlices } from './corpus/corpus-diff.js';
import type { LoadResult } from './corpus/load-corpus.js';
import type { ReloadOutcome } from './corpus/reload-outcome.js';
import { DEFAULT_LOCALE, translatorFor } from './i18n/index.js';
import { answerWithStore } from './meetings/answer-with-store.js';
import { logShare } from './meetings/log-share.js';
import { oneAtATime } from './one-at-a-time.js';
import type { Reply } from './reply.js';
import { type Choice, completeValue } from './search/complete-value.js';
import { type ParseResult, parseQuery } from './search/parse-query.js';
import { type Served, serve, serveInSlices } from './served-corpus.js';
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
  /**
   * Like run, waiting for a command whose work takes a while (reload), and with the store when
   * one is open: the channel's meeting, meeting commands, the gaps log. Adapters answer here.
   */
  answer(text: string, caller?: Caller): Promise<Reply>;
  /** Like runOptions, with the store. */
  answerOptions(command: string, options: OptionValues, caller?: Caller): Promise<Reply>;
  /**
   * One result of `asked` on its own ("Share this"): the record's card, attributed to and
   * logged under `asked` (its `query`), so the digest files it under what was asked.
   */
  answerFinding(id: string, asked: string, caller?: Caller): Promise<Reply>;
  /** Logs a Share of `reply` to the channel; an apology to show the sharer when the store failed. */
  logShare(reply: Reply, caller: Caller): Promise<Reply | null>;
  /** Up to 25 completions for a value being typed, best first. */
  complete(source: CompletionSource, partial: string): Choice[];
  /**
   * Reads the corpus folder again in slices (replies keep coming from the old corpus
   * meanwhile): a valid one is swapped in whole, an invalid one refused. A call while a
   * reload runs is answered by one more reload after it, never by a second in parallel.
   */
  reload(): Promise<ReloadOutcome>;
}

export interface AssayOptions {
  /** Now; statuses are read against it and meetings run by it (tests pass a fixed time). */
  clock?: () => Date;
  /** What Assay remembers; without one, meeting commands say they need it. */
  store?: Store;
  /** Reads the corpus folder again for `reload`, in slices (none for an in-memory corpus). */
  load?: () => Promise<LoadResult>;
}

/** The message function for a caller's language (English when the adapter did not say). */
const translate = (caller?: Caller) => translatorFor(caller?.locale ?? DEFAULT_LOCALE);

export function createAssay(corpus: Corpus, options: AssayOptions = {}): Assay {
  const clock = options.clock ?? (() => new Date());
  const store = options.store ?? null;
  let served = serve(corpus);
  for (const spec of COMMANDS) checkCommandTexts(spec);
  let described: CommandDescriptor[] | undefined;
  const reload = oneAtATime(async (): Promise<ReloadOutcome> => {
    if (!options.load)
      return {
        ok: false,
        problems: ['This corpus was built in memory: there is no folder to read again.'],
      };
    // Every step below yields to the event loop between slices: replies keep coming meanwhile.
    const loaded = await options.load();
    if (!loaded.ok) return { ok: false, problems: loaded.problems };
    const next = await serveInSlices(loaded.corpus);
    const diff = await diffCorporaInSlices(served.corpus, next.corpus);
    served = next; // one assignment: a query sees the old corpus or the new one, never a mix
    return { ok: true, diff, date: next.data.date, records: next.data.records };
  });
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
    return finish(reply, now, caller);
  };
  // Every reply says which data answered it, in which language, and offers its results one
  // at a time; this is the one place that sets them.
  const finish = (reply: Reply, now: Served, caller?: Caller): Reply => {
    const findings = findingActions(reply, translate(caller));
    const locale = caller?.locale ?? DEFAULT_LOCALE;
    return { ...reply, data: now.data, locale, ...(findings ? { findings } : {}) };
  };
  const answerParsed = async (parsed: ParseResult, typed: string, caller?: Caller) => {
    if (!parsed.ok) return sync(parsed, typed, caller);
    const now = served;
    const reply = store
      ? await answerWithStore(parsed.query, context(now, caller), store)
      : await answerQuery(parsed.query, context(now, caller));
    return finish(reply, now, caller);
  };
  const answerFinding = async (id: string, asked: string, caller?: Caller): Promise<Reply> => {
    // The id comes back from a button: anything but a record id is looked up as typed, and fails.
    const card = await answerParsed(
      parseQuery(`show ${RECORD_ID.test(id) ? id : '?'}`),
      id,
      caller,
    );
    return card.kind === 'card' ? { ...card, query: asked.trim() || card.query } : card;
  };
  // An empty command (a bare /assay) is a request for help.
  const parseText = (text: string, caller?: Caller) =>
    parseQuery(text.trim() === '' ? 'help' : text, translatorFor(caller?.locale ?? DEFAULT_LOCALE));
  return {
    get corpus() {
      return served.corpus;
    },
    // Described (in every language) when first asked for: a one-shot command never is.
    get commands() {
      described ??= COMMANDS.map((spec) => describeCommand(spec));
      return described;
    },
    store,
    run: (text, caller) => sync(parseText(text, caller), text, caller),
    runOptions: (command, values, caller) =>
      sync(queryFromOptions(command, values, COMMANDS, translate(caller)), command, caller),
    answer: (text, caller) => answerParsed(parseText(text, caller), text, caller),
    answerOptions: (command, values, caller) =>
      answerParsed(queryFromOptions(command, values, COMMANDS, translate(caller)), command, caller),
    answerFinding,
    logShare: async (reply, caller) => (store ? logShare(store, reply, caller, clock()) : null),
    complete: (source, partial) => completeValue(source, partial, context(served)),
    reload,
  };
}
