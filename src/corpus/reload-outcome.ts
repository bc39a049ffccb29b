import type { RecordDiff } from './record-diff.js';

/** What reading the corpus folder again did: swapped in with its diff, or refused with problems. */
export type ReloadOutcome =
  | { ok: true; diff: RecordDiff; date: string | null; records: number }
  | { ok: false; problems: string[] };
