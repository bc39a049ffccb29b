// The SQLite store's statements, by name. Parameters are named (@now); times in milliseconds.

/** The meeting running in a channel at @at: started, and neither over nor ended early. */
const RUNNING_AT = `
  SELECT id FROM meetings
  WHERE platform = @platform AND channel_id = @channelId
    AND starts_at <= @at AND coalesce(ended_early_at, ends_at) > @at
  ORDER BY starts_at DESC, id DESC LIMIT 1`;

export const SQLITE_SQL = {
  meetingById: 'SELECT * FROM meetings WHERE id = ?',
  runningMeeting: `SELECT * FROM meetings WHERE id = (${RUNNING_AT})`,
  latestMeeting: `
    SELECT * FROM meetings
    WHERE platform = @platform AND channel_id = @channelId AND starts_at <= @at
    ORDER BY starts_at DESC, id DESC LIMIT 1`,
  endRunning: `UPDATE meetings SET ended_early_at = @at WHERE id = (${RUNNING_AT}) RETURNING *`,
  insertMeeting: `
    INSERT INTO meetings (platform, channel_id, title, filters, started_by_id, started_by_name,
      starts_at, ends_at)
    VALUES (@platform, @channelId, @title, @filters, @userId, @displayName, @startsAt, @endsAt)
    RETURNING *`,
  insertShare: `
    INSERT INTO shares (meeting_id, platform, channel_id, user_id, display_name, shared_at,
      command, records)
    VALUES ((${RUNNING_AT}), @platform, @channelId, @userId, @displayName, @at, @command, @records)
    RETURNING id, meeting_id`,
  sharesOf: 'SELECT * FROM shares WHERE meeting_id = ? ORDER BY shared_at, id',
  insertUnanswered: `
    INSERT INTO unanswered (meeting_id, platform, channel_id, asked_at, question, filters, outcome)
    VALUES ((${RUNNING_AT}), @platform, @channelId, @at, @question, @filters, @outcome)`,
  admit: `
    INSERT INTO replay_keys (key, expires_at) VALUES (@key, @expiresAt)
    ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
      WHERE replay_keys.expires_at <= @now
    RETURNING key`,
  putQuery: `
    INSERT INTO button_queries (key, text, expires_at) VALUES (@key, @text, @expiresAt)
    ON CONFLICT (key) DO UPDATE
      SET text = excluded.text, expires_at = max(button_queries.expires_at, excluded.expires_at)
      WHERE button_queries.text = excluded.text OR button_queries.expires_at <= @now
    RETURNING key`,
  getQuery: 'SELECT text FROM button_queries WHERE key = @key AND expires_at > @now',
  sweepReplayKeys: 'DELETE FROM replay_keys WHERE expires_at <= ?',
  sweepQueries: 'DELETE FROM button_queries WHERE expires_at <= ?',
} as const;

/** Most asked first; `where` narrows to a meeting, a channel, or nothing. */
export function topUnansweredSql(where: string): string {
  return `
    SELECT question, filters, count(*) AS asked, max(asked_at) AS last_asked_at
    FROM unanswered ${where}
    GROUP BY question, filters
    ORDER BY asked DESC, last_asked_at DESC, question
    LIMIT @limit`;
}
