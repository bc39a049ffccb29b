// The port for everything Assay remembers between replies: meeting sessions, the share log,
// unanswered questions, Slack's replay keys and long button queries. Two implementations
// (SQLite in a file, Postgres when several instances run) pass one test suite. Every method
// is async because Postgres is, and takes the time from its caller so tests inject the clock.
// Connection failures reject with StoreUnavailable (see store-errors.ts); nothing else leaks.

export type Platform = 'slack' | 'discord' | 'terminal';

/** A channel on one platform: ids are only unique within their platform. */
export interface ChannelRef {
  platform: Platform;
  channelId: string;
}

/** Who did something: the platform's user id and the display name shown then; nothing more. */
export interface Person {
  userId: string;
  displayName: string;
}

/** Filter key → value as typed (`{ mineral: 'gold', country: 'Ghana' }`). */
export type Filters = Readonly<Record<string, string>>;

export interface NewMeeting {
  channel: ChannelRef;
  title: string | null;
  /** The channel's default filters while the meeting runs. */
  filters: Filters;
  startedBy: Person;
  startsAt: Date;
  /** When the time runs out, unless `meeting end` comes first. */
  endsAt: Date;
}

export interface Meeting extends NewMeeting {
  id: number;
  /** Set by `meeting end` (or by a new meeting started over this one). */
  endedEarlyAt: Date | null;
}

/** One record as it was shared: enough for a reading list without the corpus at hand. */
export interface SharedRecord {
  id: string;
  type: string;
  title: string;
  url: string | null;
}

export interface NewShare {
  channel: ChannelRef;
  sharedBy: Person;
  sharedAt: Date;
  /** The command text that produced what was shared (`search mercury country:Ghana`). */
  command: string;
  records: readonly SharedRecord[];
}

export interface Share extends NewShare {
  id: number;
  /** The meeting running in the channel at `sharedAt`, found by the store in the same write. */
  meetingId: number | null;
}

/** A question the corpus could not answer; deliberately without the asker. */
export interface NewUnanswered {
  channel: ChannelRef;
  askedAt: Date;
  question: string;
  filters: Filters;
  outcome: 'none' | 'weak';
}

export type GapScope = { meetingId: number } | { channel: ChannelRef } | { everywhere: true };

/** One question (with the same filters) and how often it went unanswered. */
export interface GapCount {
  question: string;
  filters: Filters;
  asked: number;
  lastAskedAt: Date;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, for logs: a file path, or host/database (never a password). */
  readonly location: string;

  /** Starts a meeting; one still running in the channel ends early at `startsAt`. */
  startMeeting(meeting: NewMeeting): Promise<Meeting>;
  /** The meeting running in the channel at `now`, if any. */
  currentMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null>;
  /** Ends the running meeting early at `now`; null when none was running. */
  endMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null>;
  /** The latest meeting started by `now`, running or over (the digest after `meeting end`). */
  latestMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null>;

  /** One write: the share, tagged with the meeting running at `sharedAt`. */
  logShare(share: NewShare): Promise<Share>;
  /** A meeting's shares, oldest first. */
  sharesOf(meetingId: number): Promise<Share[]>;

  /** One write, tagged like a share with the meeting running at `askedAt`. */
  logUnanswered(question: NewUnanswered): Promise<void>;
  /** The most often unanswered questions in the scope, most asked first. */
  topUnanswered(scope: GapScope, limit: number): Promise<GapCount[]>;

  /** True the first time `key` is seen within `windowMs` of `now`, on any instance. */
  admit(key: string, now: Date, windowMs: number): Promise<boolean>;

  /** Keeps a long query under a short key (the same text gets the same key) until `ttlMs`. */
  putQuery(text: string, now: Date, ttlMs: number): Promise<string>;
  /** The query kept under `key`; null when unknown or expired. */
  getQuery(key: string, now: Date): Promise<string | null>;

  close(): Promise<void>;
}
