// Version 1 of the schema as it shipped, frozen here: the migration tests build it by hand
// and open the store on it. If a shipped migration is edited instead of a new one added,
// these stop matching what a real older database holds.

const v1 = (types: { id: string; time: string; json: string }) => `
  CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at ${types.time} NOT NULL);
  CREATE TABLE meetings (
    id ${types.id}, platform text NOT NULL, channel_id text NOT NULL, title text,
    filters ${types.json} NOT NULL, started_by_id text NOT NULL, started_by_name text NOT NULL,
    starts_at ${types.time} NOT NULL, ends_at ${types.time} NOT NULL, ended_early_at ${types.time}
  );
  CREATE INDEX meetings_by_channel ON meetings (platform, channel_id, starts_at);
  CREATE TABLE shares (
    id ${types.id}, meeting_id ${types.id.startsWith('INTEGER') ? 'INTEGER' : 'bigint'} REFERENCES meetings (id),
    platform text NOT NULL, channel_id text NOT NULL, user_id text NOT NULL,
    display_name text NOT NULL, shared_at ${types.time} NOT NULL, command text NOT NULL,
    records ${types.json} NOT NULL
  );
  CREATE INDEX shares_by_meeting ON shares (meeting_id, shared_at);`;

export const SQLITE_V1 = v1({ id: 'INTEGER PRIMARY KEY', time: 'INTEGER', json: 'TEXT' });
export const POSTGRES_V1 = v1({
  id: 'bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  time: 'timestamptz',
  json: 'jsonb',
});

const RECORDS = '[{"id":"int-001","type":"intervention","title":"Kept from v1","url":null}]';

/** A meeting 14:00–15:30 on 10 March 2026 in the test room, and one share in it at 14:10. */
export function v1Rows(time: (iso: string) => string): string {
  return `
    INSERT INTO schema_migrations (version, name, applied_at)
      VALUES (1, 'meetings and the share log', ${time('2026-03-01T00:00:00Z')});
    INSERT INTO meetings (platform, channel_id, title, filters, started_by_id, started_by_name,
      starts_at, ends_at)
      VALUES ('slack', 'C0WORKSHOP', 'Old meeting', '{"mineral":"gold"}', 'U01FACIL', 'Ama',
        ${time('2026-03-10T14:00:00Z')}, ${time('2026-03-10T15:30:00Z')});
    INSERT INTO shares (meeting_id, platform, channel_id, user_id, display_name, shared_at,
      command, records)
      VALUES (1, 'slack', 'C0WORKSHOP', 'U02PART', 'Kofi', ${time('2026-03-10T14:10:00Z')},
        'search mercury', '${RECORDS}');`;
}

export const sqliteTime = (iso: string) => String(Date.parse(iso));
export const postgresTime = (iso: string) => `'${iso}'`;

export const markVersion = (time: (iso: string) => string) => (version: number) =>
  `INSERT INTO schema_migrations (version, name, applied_at)
    VALUES (${version}, 'from a newer Assay', ${time('2027-01-01T00:00:00Z')})`;
