// The platform-neutral answer every command returns. Renderers (Slack blocks,
// Discord embeds, terminal text) walk `sections` in order; all text here is
// plain (no markup), so a renderer escapes it for its own platform.

import type { Locale } from './i18n/index.js';

export type RecordType = 'intervention' | 'report' | 'lesson';

export interface Link {
  label: string;
  url: string;
}

/** One record as a line in a list: enough to render and to link to its source. */
export interface RecordItem {
  id: string;
  type: RecordType;
  title: string;
  /** First source URL: every reply that mentions a record carries one. */
  url: string;
  /** One-line summary (a single sentence, cut at a word boundary). */
  line: string;
  /** Short facts: "Ghana, Philippines · gold · 2015–2020". */
  facts: string;
}

export interface Field {
  label: string;
  value: string;
}

export interface Bucket {
  key: string;
  count: number;
}

/**
 * What a chart shows, as data, so `src/charts/` can draw it as a picture while
 * `lines` stay the text fallback. `counted` says what a number counts
 * ("interventions"); `filters` is the filters as a person reads them ("gold · Africa").
 */
export type ChartData =
  | { shape: 'bars'; bars: Bucket[] }
  | {
      shape: 'table';
      rows: string[];
      columns: string[];
      counts: number[][];
      /**
       * Each column's total (compare: each side's records). When set, a cell is shaded by its
       * share of its column's total, so columns of different sizes compare; else by its count.
       */
      columnTotals?: number[];
    };

export interface ChartSpec {
  title: string;
  counted: string;
  filters: string;
  data: ChartData;
}

/** Which corpus answered: its date (YYYY-MM-DD, from the corpus manifest) and size. */
export interface DataStamp {
  date: string | null;
  records: number;
}

export type Section =
  | { type: 'text'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'records'; items: RecordItem[] }
  | { type: 'fields'; fields: Field[] }
  /** Monospace lines (a bar chart or a table), rendered in a code block; `chart` when it is a chart. */
  | { type: 'chart'; lines: string[]; chart?: ChartSpec }
  | { type: 'links'; links: Link[] }
  /** Caveats as one short line of small print (a Slack context line): `parts` joined by " · ". */
  | { type: 'note'; parts: string[] };

/** A follow-up the user may want, rendered as a button or a hint: run `query`. */
export interface Suggestion {
  label: string;
  query: string;
}

/**
 * The results of a search, brief or lessons reply offered one at a time: "Share this" posts
 * one record's card to the channel, attributed to `asked`; "Details" opens it privately.
 * The core words the labels; adapters draw them as a menu per result or a picker.
 */
export interface FindingActions {
  /** The command the results answer: a finding shared alone is attributed and logged under it. */
  asked: string;
  share: string;
  details: string;
  /** A picker's placeholder ("Share or open one result…"). */
  prompt: string;
  /** The results on offer, in the reply's order. */
  items: { id: string; title: string }[];
}

export interface Paging {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** Command text for the neighbouring pages, when they exist. */
  next?: string;
  previous?: string;
}

interface ReplyBase {
  /** The command as canonical text (`search mercury ghana page:2`), for attribution and buttons. */
  query: string;
  title: string;
  sections: Section[];
  suggestions: Suggestion[];
  paging?: Paging;
  /** Whether sharing this reply to the channel makes sense (not for help or problems). */
  shareable: boolean;
  /** Each result shared or opened on its own (set by the core's one door). */
  findings?: FindingActions;
  /** The corpus that answered (set once, by the core's one door). */
  data?: DataStamp;
  /** The language the reply is worded in (set by the core's one door); renderers word their own labels in it. */
  locale?: Locale;
  /** The channel's running meeting, the footer's first line: "meeting: gold · Ghana, until 16:30 UTC". */
  meeting?: string;
}

export interface SearchReply extends ReplyBase {
  kind: 'search';
  total: number;
  /** No record matches every word: a weak answer, logged as a gap when a store is open. */
  weak?: boolean;
  results: RecordItem[];
}

export interface CardReply extends ReplyBase {
  kind: 'card';
  record: RecordItem;
}

export interface StatsReply extends ReplyBase {
  kind: 'stats';
  by: string[];
  /** Distinct records counted (a record may fall in several buckets). */
  total: number;
  buckets: Bucket[];
  /** For two `by` fields: rows × columns of counts. */
  table?: { rows: string[]; columns: string[]; counts: number[][] };
}

export interface BriefReply extends ReplyBase {
  kind: 'brief';
  topic: string;
  counts: Record<RecordType, number>;
  top: RecordItem[];
}

export interface LessonsReply extends ReplyBase {
  kind: 'lessons';
  total: number;
  results: RecordItem[];
}

export interface AreasReply extends ReplyBase {
  kind: 'areas';
  areas: { number: number; name: string; count: number }[];
}

export interface HelpReply extends ReplyBase {
  kind: 'help';
}

/** What `reload` did: the ids added, removed and changed, or `ok: false` with the problems as text. */
export interface ReloadReply extends ReplyBase {
  kind: 'reload';
  ok: boolean;
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * An expected failure: bad input, unknown id. `usage` marks a malformed command;
 * `not-allowed` a facilitator-only command from someone else; `unavailable` a store that
 * failed for this one request.
 */
export interface ProblemReply extends ReplyBase {
  kind: 'problem';
  problem: 'usage' | 'not-found' | 'no-results' | 'not-allowed' | 'unavailable';
  message: string;
  example: string;
}

/** The state of the channel's meeting (started, shown, ended). */
export interface MeetingReply extends ReplyBase {
  kind: 'meeting';
}

/** A file that comes with a reply (the digest's Markdown and CSV): adapters attach, upload or write it. */
export interface ReplyFile {
  name: string;
  mediaType: 'text/markdown' | 'text/csv';
  content: string;
}

/** One finding in a meeting's reading list, with everyone who shared it. */
export interface DigestEntry {
  id: string;
  type: string;
  /** What it was shared for: the words and filters of the command (`mercury · Ghana`). */
  topic: string;
  title: string;
  url: string | null;
  sharedBy: string[];
  firstSharedAt: string;
}

export interface DigestReply extends ReplyBase {
  kind: 'digest';
  /** Grouped by type, then topic, then first shared. */
  entries: DigestEntry[];
  shares: number;
  files: ReplyFile[];
}

/** A question asked without a good answer, and how often. */
export interface GapItem {
  question: string;
  filters: string;
  asked: number;
}

export interface GapsReply extends ReplyBase {
  kind: 'gaps';
  /** The latest meeting's gaps (empty without a meeting), then all time. */
  session: GapItem[];
  allTime: GapItem[];
}

export type Reply =
  | MeetingReply
  | DigestReply
  | GapsReply
  | SearchReply
  | CardReply
  | StatsReply
  | BriefReply
  | LessonsReply
  | AreasReply
  | HelpReply
  | ReloadReply
  | ProblemReply;
