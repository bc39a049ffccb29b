import type postgres from 'postgres';
import { filtersJson } from './filters-json.js';
import { guardPostgres } from './postgres-errors.js';
import { PostgresExpiringKeys } from './postgres-expiring-keys.js';
import {
  gapFromPg,
  meetingFromPg,
  type PgGapRow,
  type PgMeetingRow,
  type PgShareRow,
  shareFromPg,
} from './postgres-rows.js';
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

// The shared store: several instances on one Postgres. Each method is one statement (one
// round trip) except startMeeting, a transaction; a lost connection rejects as StoreUnavailable.

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  private readonly keys: PostgresExpiringKeys;

  constructor(
    private readonly sql: postgres.Sql,
    readonly location: string,
  ) {
    this.keys = new PostgresExpiringKeys(sql);
  }

  /** The meeting running in a channel at `time`, as a subquery. */
  private running(channel: ChannelRef, time: Date) {
    return this.sql`
      SELECT id FROM meetings
      WHERE platform = ${channel.platform} AND channel_id = ${channel.channelId}
        AND starts_at <= ${time} AND coalesce(ended_early_at, ends_at) > ${time}
      ORDER BY starts_at DESC, id DESC LIMIT 1`;
  }

  startMeeting(meeting: NewMeeting): Promise<Meeting> {
    const { channel, startedBy } = meeting;
    return this.guard(() =>
      this.sql.begin(async (tx) => {
        await tx`
          UPDATE meetings SET ended_early_at = ${meeting.startsAt}
          WHERE id = (${this.running(channel, meeting.startsAt)})`;
        const [row] = await tx<PgMeetingRow[]>`
          INSERT INTO meetings (platform, channel_id, title, filters, started_by_id,
            started_by_name, starts_at, ends_at)
          VALUES (${channel.platform}, ${channel.channelId}, ${meeting.title},
            ${this.sql.json({ ...meeting.filters })}, ${startedBy.userId}, ${startedBy.displayName},
            ${meeting.startsAt}, ${meeting.endsAt})
          RETURNING *`;
        return meetingFromPg(row as PgMeetingRow);
      }),
    );
  }

  currentMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null> {
    return this.oneMeeting(
      this.sql<PgMeetingRow[]>`SELECT * FROM meetings WHERE id = (${this.running(channel, now)})`,
    );
  }

  endMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null> {
    return this.oneMeeting(this.sql<PgMeetingRow[]>`
      UPDATE meetings SET ended_early_at = ${now}
      WHERE id = (${this.running(channel, now)}) RETURNING *`);
  }

  latestMeeting(channel: ChannelRef, now: Date): Promise<Meeting | null> {
    return this.oneMeeting(this.sql<PgMeetingRow[]>`
      SELECT * FROM meetings
      WHERE platform = ${channel.platform} AND channel_id = ${channel.channelId}
        AND starts_at <= ${now}
      ORDER BY starts_at DESC, id DESC LIMIT 1`);
  }

  logShare(share: NewShare): Promise<Share> {
    const { channel, sharedBy } = share;
    return this.guard(async () => {
      const [row] = await this.sql<{ id: string; meeting_id: string | null }[]>`
        INSERT INTO shares (meeting_id, platform, channel_id, user_id, display_name, shared_at,
          command, records)
        VALUES ((${this.running(channel, share.sharedAt)}), ${channel.platform},
          ${channel.channelId}, ${sharedBy.userId}, ${sharedBy.displayName}, ${share.sharedAt},
          ${share.command}, ${this.sql.json(share.records.map((record) => ({ ...record })))})
        RETURNING id, meeting_id`;
      const meetingId = row?.meeting_id ?? null;
      return {
        ...share,
        id: Number(row?.id),
        meetingId: meetingId === null ? null : Number(meetingId),
      };
    });
  }

  sharesOf(meetingId: number): Promise<Share[]> {
    return this.guard(async () => {
      const rows = await this.sql<PgShareRow[]>`
        SELECT * FROM shares WHERE meeting_id = ${meetingId} ORDER BY shared_at, id`;
      return rows.map(shareFromPg);
    });
  }

  logUnanswered(question: NewUnanswered): Promise<void> {
    const { channel } = question;
    return this.guard(async () => {
      await this.sql`
        INSERT INTO unanswered (meeting_id, platform, channel_id, asked_at, question, filters,
          outcome)
        VALUES ((${this.running(channel, question.askedAt)}), ${channel.platform},
          ${channel.channelId}, ${question.askedAt}, ${question.question},
          ${filtersJson(question.filters)}, ${question.outcome})`;
    });
  }

  topUnanswered(scope: GapScope, limit: number): Promise<GapCount[]> {
    const where =
      'meetingId' in scope
        ? this.sql`WHERE meeting_id = ${scope.meetingId}`
        : 'channel' in scope
          ? this.sql`WHERE platform = ${scope.channel.platform}
              AND channel_id = ${scope.channel.channelId}`
          : this.sql``;
    return this.guard(async () => {
      const rows = await this.sql<PgGapRow[]>`
        SELECT question, filters, count(*) AS asked, max(asked_at) AS last_asked_at
        FROM unanswered ${where}
        GROUP BY question, filters
        ORDER BY asked DESC, last_asked_at DESC, question
        LIMIT ${limit}`;
      return rows.map(gapFromPg);
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

  /** Queries under way get two seconds to finish. */
  async close(): Promise<void> {
    await this.sql.end({ timeout: 2 });
  }

  private oneMeeting(query: Promise<PgMeetingRow[]>): Promise<Meeting | null> {
    return this.guard(async () => {
      const [row] = await query;
      return row === undefined ? null : meetingFromPg(row);
    });
  }

  private guard<T>(run: () => Promise<T>): Promise<T> {
    return guardPostgres(this.location, run);
  }
}
