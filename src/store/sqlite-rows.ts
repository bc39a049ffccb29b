import { parseFilters } from './filters-json.js';
import type { Meeting, Platform, Share, SharedRecord } from './store.js';

// Rows as SQLite returns them, and their records. Times are epoch milliseconds.

export interface MeetingRow {
  id: number;
  platform: string;
  channel_id: string;
  title: string | null;
  filters: string;
  started_by_id: string;
  started_by_name: string;
  starts_at: number;
  ends_at: number;
  ended_early_at: number | null;
}

export interface ShareRow {
  id: number;
  meeting_id: number | null;
  platform: string;
  channel_id: string;
  user_id: string;
  display_name: string;
  shared_at: number;
  command: string;
  records: string;
}

export interface GapRow {
  question: string;
  filters: string;
  asked: number;
  last_asked_at: number;
}

export function meetingFromRow(row: MeetingRow): Meeting {
  return {
    id: row.id,
    channel: { platform: row.platform as Platform, channelId: row.channel_id },
    title: row.title,
    filters: parseFilters(row.filters),
    startedBy: { userId: row.started_by_id, displayName: row.started_by_name },
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    endedEarlyAt: row.ended_early_at === null ? null : new Date(row.ended_early_at),
  };
}

export function shareFromRow(row: ShareRow): Share {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    channel: { platform: row.platform as Platform, channelId: row.channel_id },
    sharedBy: { userId: row.user_id, displayName: row.display_name },
    sharedAt: new Date(row.shared_at),
    command: row.command,
    records: JSON.parse(row.records) as SharedRecord[],
  };
}
