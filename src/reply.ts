// The platform-neutral answer every command returns. Renderers (Slack blocks,
// Discord embeds, terminal text) walk `sections` in order; all text here is
// plain (no markup), so a renderer escapes it for its own platform.

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
  | { shape: 'table'; rows: string[]; columns: string[]; counts: number[][] };

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
  | { type: 'links'; links: Link[] };

/** A follow-up the user may want, rendered as a button or a hint: run `query`. */
export interface Suggestion {
  label: string;
  query: string;
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
  /** The corpus that answered (set once, by the core's one door). */
  data?: DataStamp;
}

export interface SearchReply extends ReplyBase {
  kind: 'search';
  total: number;
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

/** An expected failure: bad input, unknown id. `usage` marks a malformed command. */
export interface ProblemReply extends ReplyBase {
  kind: 'problem';
  problem: 'usage' | 'not-found' | 'no-results';
  message: string;
  example: string;
}

export type Reply =
  | SearchReply
  | CardReply
  | StatsReply
  | BriefReply
  | LessonsReply
  | AreasReply
  | HelpReply
  | ProblemReply;
