import type { Status } from './schema.js';

// A status is only as good as the date of its evidence. The reading depends on
// today, which the caller passes in (the core's one door owns the clock).

/** Evidence for "ongoing" older than this many years no longer counts as ongoing. */
export const STALE_AFTER_YEARS = 3;

export interface StatusReading {
  status: Status;
  /** The evidence date as written (2019, "2020-12-31"), or null when none is recorded. */
  asOf: string | null;
  /** Reported ongoing, on evidence more than STALE_AFTER_YEARS old. */
  stale: boolean;
  /** How a reply words it: "ongoing (as of 2019)", "last reported ongoing in 2016". */
  text: string;
}

/** The last day a `statusAsOf` covers: 2019 → 2019-12-31, 2020-06 → 2020-06-30. */
export function asOfEnd(asOf: string): Date {
  const [year = 0, month, day] = asOf.split('-').map(Number);
  if (day !== undefined && month !== undefined) return new Date(Date.UTC(year, month - 1, day));
  if (month !== undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, 11, 31));
}

/** Evidence of `asOf` is stale on `now` when more than STALE_AFTER_YEARS have passed since it. */
export function isStaleEvidence(asOf: string, now: Date): boolean {
  const limit = asOfEnd(asOf);
  limit.setUTCFullYear(limit.getUTCFullYear() + STALE_AFTER_YEARS);
  return limit.getTime() < now.getTime();
}

/** The first year whose evidence still counts on `now` (2023 on 2026-11-30). */
export function freshSince(now: Date): number {
  return now.getUTCFullYear() - STALE_AFTER_YEARS;
}

export function readStatus(
  status: Status,
  statusAsOf: string | number | undefined,
  now: Date,
): StatusReading {
  const asOf = statusAsOf === undefined ? null : String(statusAsOf);
  const stale = status === 'ongoing' && asOf !== null && isStaleEvidence(asOf, now);
  const year = asOf?.slice(0, 4);
  let text: string;
  if (asOf === null)
    text = status === 'unknown' ? 'status unknown' : `${status} (date not recorded)`;
  else if (stale) text = `last reported ongoing in ${year}`;
  else text = status === 'unknown' ? `status unknown (as of ${year})` : `${status} (as of ${year})`;
  return { status, asOf, stale, text };
}
