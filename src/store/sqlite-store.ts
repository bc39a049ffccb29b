import type Database from 'better-sqlite3';
import { filtersJson, parseFilters } from './filters-json.js';
import { guardSqlite } from './sqlite-errors.js';
import { SqliteExpiringKeys, type SqliteStatements } from './sqlite-expiring-keys.js';
import {
  type GapRow,
  type MeetingRow,
  meetingFromRow,
  type ShareRow,
  shareFromRow,
} from './sqlite-rows.js';
import { SQLITE_SQL, topUnansweredSql } from './sqlite-sql.js';
import type {
  ChannelRef,
  GapCount,
  GapScope,
  Meeting,
  NewMeeting,
  NewShare,
  NewUnanswered,
  Share,
  Store,
} from './store.js';

// The embedded store: one SQLite file in WAL mode. better-sqlite3 is synchronous, so every
// call finishes before it returns; the methods are async only to share the port with Postgres.

const at = (channel: ChannelRef, time: Date) => ({
  platform: channel.platform,
  channelId: channel.channelId,
  at: time.getTime(),
});

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly sql: SqliteStatements;
  private readonly keys: SqliteExpiringKeys;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    const entries = Object.entries(SQLITE_SQL).map(([name, text]) => [name, db.prepare(text)]);
    this.sql = Object.fromEntries(entries) as SqliteStatements;
    this.keys = new SqliteExpiringKeys(this.sql);
  }

  startMeeting(meeting: NewMeeting): Promise<Meeting> {
    return this.guard(() =>
      this.db
        .transaction(() => {
          this.sql.endRunning.run(at(meeting.channel, meeting.startsAt));
          const row = this.sql.insertMeeting.get({
            ...at(meeting.channel, meeting.startsAt),
            title: meeting.title,
            filters: filtersJson(meeting.filters),
            userId: meeting.startedBy.userId,
            displayName: meeting.startedBy.displayName,
            startsAt: meeting.startsAt.getTime(),
            endsAt: meeting.endsAt.getTime(),
          }) as MeetingRow;
          return meetingFromRow(row);
        })
        .immediate(),
    );
  }

  currentMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null> {
    return this.guard(() => this.meetingOrNull(this.sql.runningMeeting.get(at(channel, now))));
  }

  endMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null> {
    return this.guard(() => this.meetingOrNull(this.sql.endRunning.get(at(channel, now))));
  }

  latestMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null> {
    return this.guard(() => this.meetingOrNull(this.sql.latestMeeting.get(at(channel, now))));
  }

  logShare(share: NewShare): Promise<Share> {
    return this.guard(() => {
      const row = this.sql.insertShare.get({
        ...at(share.channel, share.sharedAt),
        userId: share.sharedBy.userId,
        displayName: share.sharedBy.displayName,
        command: share.command,
        records: JSON.stringify(share.records),
      }) as { id: number; meeting_id: number | null };
      return { ...share, id: row.id, meetingId: row.meeting_id };
    });
  }

  sharesOf(meetingId: number): Promise<Share[]> {
    return this.guard(() => (this.sql.sharesOf.all(meetingId) as ShareRow[]).map(shareFromRow));
  }

  logUnanswered(question: NewUnanswered): Promise<void> {
    return this.guard(() => {
      this.sql.insertUnanswered.run({
        ...at(question.channel, question.askedAt),
        question: question.question,
        filters: filtersJson(question.filters),
        outcome: question.outcome,
      });
    });
  }

  topUnanswered(scope: GapScope, limit: number): Promise<GapCount[]> {
    return this.guard(() => {
      const [where, params] =
        'meetingId' in scope
          ? ['WHERE meeting_id = @meetingId', { meetingId: scope.meetingId }]
          : 'channel' in scope
            ? ['WHERE platform = @platform AND channel_id = @channelId', { ...scope.channel }]
            : ['', {}];
      const rows = this.db.prepare(topUnansweredSql(where)).all({ ...params, limit }) as GapRow[];
      return rows.map((row) => ({
        question: row.question,
        filters: parseFilters(row.filters),
        asked: row.asked,
        lastAskedAt: new Date(row.last_asked_at),
      }));
    });
  }

  admit(key: string, now: Date, windowMs: number): Promise<boolean> {
    return this.guard(() => this.keys.admit(key, now, windowMs));
  }

  putQuery(text: string, now: Date, ttlMs: number): Promise<string> {
    return this.guard(() => this.keys.putQuery(text, now, ttlMs));
  }

  getQuery(key: string, now: Date): Promise<string | null> {
    return this.guard(() => this.keys.getQuery(key, now));
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  private meetingOrNull(row: unknown): Meeting | null {
    return row === undefined ? null : meetingFromRow(row as MeetingRow);
  }

  private guard<T>(run: () => T): Promise<T> {
    return guardSqlite(this.location, run);
  }
}
