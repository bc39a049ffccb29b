import { parseFilters } from './filters-json.js';
import type { Filters, Meeting, Platform, Share, SharedRecord } from './store.js';

// Rows as the postgres client returns them: bigint ids as text, timestamptz as Date, jsonb parsed.

export interface PgMeetingRow {
  id: string;
  platform: string;
  channel_id: string;
  title: string | null;
  filters: Filters;
  started_by_id: string;
  started_by_name: string;
  starts_at: Date;
  ends_at: Date;
  ended_early_at: Date | null;
}

export interface PgShareRow {
  id: string;
  meeting_id: string | null;
  platform: string;
  channel_id: string;
  user_id: string;
  display_name: string;
  shared_at: Date;
  command: string;
  records: SharedRecord[];
}

export interface PgGapRow {
  question: string;
  filters: string;
  asked: string;
  last_asked_at: Date;
}

const idOrNull = (id: string | null) => (id === null ? null : Number(id));

export function meetingFromPg(row: PgMeetingRow): Meeting {
  return {
    id: Number(row.id),
    channel: { platform: row.platform as Platform, channelId: row.channel_id },
    title: row.title,
    filters: row.filters,
    startedBy: { userId: row.started_by_id, displayName: row.started_by_name },
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    endedEarlyAt: row.ended_early_at,
  };
}

export function shareFromPg(row: PgShareRow): Share {
  return {
    id: Number(row.id),
    meetingId: idOrNull(row.meeting_id),
    channel: { platform: row.platform as Platform, channelId: row.channel_id },
    sharedBy: { userId: row.user_id, displayName: row.display_name },
    sharedAt: row.shared_at,
    command: row.command,
    records: row.records,
  };
}

export function gapFromPg(row: PgGapRow) {
  return {
    question: row.question,
    filters: parseFilters(row.filters),
    asked: Number(row.asked),
    lastAskedAt: row.last_asked_at,
  };
}
