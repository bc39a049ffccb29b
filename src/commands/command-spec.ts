import type { z } from 'zod';
import type { Caller } from '../caller.js';
import type { Corpus } from '../corpus/corpus.js';
import type { ReloadOutcome } from '../corpus/reload-outcome.js';
import type { Locale, Translate } from '../i18n/index.js';
import type { Reply } from '../reply.js';
import type { CommandName, Query } from '../search/parse-query.js';
import type { SearchIndex } from '../search/search-index.js';
import type { ChannelRef, Meeting, Store } from '../store/store.js';

/** What a value can be completed from, as the user types (Discord autocomplete). */
export type CompletionSource = 'query' | 'id' | 'country' | 'mineral' | 'topic' | 'command';

/** The free words a command takes: search terms, an id, a topic. */
export interface WordsSpec {
  /** The option name on platforms with named options (Discord): `query`, `id`, `topic`. */
  name: string;
  required: boolean;
  completion?: CompletionSource;
}

export interface CommandContext {
  corpus: Corpus;
  index: SearchIndex;
  commands: readonly CommandSpec[];
  /** Today, read once per query from the clock the core was given. */
  now: Date;
  /** Who asked (the terminal user when the adapter did not say). */
  caller: Caller;
  /** The asker's language, and the message function every reply is worded with. */
  locale: Locale;
  t: Translate;
  /** Reads the corpus folder again and swaps it in when valid (absent for an in-memory corpus). */
  reload?: () => Promise<ReloadOutcome>;
}

/** What a command that remembers gets, beside the usual context, when a store is open. */
export interface Memory {
  store: Store;
  channel: ChannelRef;
  /** The meeting running in the channel now, read once per request. */
  meeting: Meeting | null;
}

export interface CommandInput<O> {
  words: string[];
  options: O;
  /** The query as parsed, for paging and suggestions that change one part of it. */
  query: Query;
  /** The canonical command text (for attribution). */
  text: string;
}

/**
 * A command declared once, as data: help text, Discord's command JSON and the
 * text grammar are all derived from these specs.
 */
export interface CommandSpec<S extends z.ZodType = z.ZodType> {
  name: CommandName;
  // Its description, and its options', live in src/i18n/messages/commands.ts (four languages).
  usage: string;
  words: WordsSpec | null;
  /** key:value options; each field may carry `.meta({ choices?, completion?, integer? })`. */
  options: S;
  examples: string[];
  run(input: CommandInput<z.output<S>>, context: CommandContext): Reply;
  /** Only facilitators may run it; everyone else gets a polite refusal naming who can. */
  facilitatorOnly?: true;
  /**
   * The command when its work takes a while (reload): the asynchronous doors (`answer`) wait
   * for it while other replies keep coming; `run` is what the synchronous door can say at once.
   */
  runAsync?(input: CommandInput<z.output<S>>, context: CommandContext): Promise<Reply>;
  /**
   * Its results are findings to share one at a time, so the command takes an addressee
   * (Discord's `for` user option; Discord's 4,000-character budget for /assay allows few).
   */
  addressable?: true;
  /** The command with a store at hand (meetings, digest, gaps); `run` answers when there is none. */
  remember?(
    input: CommandInput<z.output<S>>,
    context: CommandContext,
    memory: Memory,
  ): Promise<Reply>;
}

/** Metadata every option schema carries, read by help and the Discord definitions. */
export type OptionMeta = {
  choices?: readonly { name: string; value: string }[];
  completion?: CompletionSource;
  /** Discord option type: whole numbers are offered as integers. */
  integer?: boolean;
};

/** Keeps the generic run() while letting commands live in one typed array. */
export function defineCommand<S extends z.ZodType>(spec: CommandSpec<S>): CommandSpec {
  return spec as unknown as CommandSpec;
}
