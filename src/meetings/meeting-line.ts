import type { Translate } from '../i18n/index.js';
import type { Filters, Meeting } from '../store/store.js';

// How a meeting reads in a footer and a heading: "gold · Ghana, until 16:30 UTC".
// Times are UTC: the core knows no one's time zone, and the server's would mislead.

export function clockTime(date: Date): string {
  return `${date.toISOString().slice(11, 16)} UTC`;
}

/** The filters as the facilitator typed them ("gold · Ghana"). */
export function describeDefaults(filters: Filters, t: Translate): string {
  const values = Object.values(filters);
  return values.length > 0 ? values.join(' · ') : t('meeting:no-defaults');
}

/** Until when the meeting runs: its end, or when it was ended early. */
export function meetingEnd(meeting: Meeting): Date {
  return meeting.endedEarlyAt ?? meeting.endsAt;
}

export function meetingLine(meeting: Meeting, t: Translate): string {
  const filters = describeDefaults(meeting.filters, t);
  const time = clockTime(meetingEnd(meeting));
  return meeting.title
    ? t('meeting:line', { title: meeting.title, filters, time })
    : t('meeting:line-untitled', { filters, time });
}

/** The footer every reply in the channel carries while the meeting runs, in the reader's language. */
export function meetingFooter(meeting: Meeting, t: Translate): string {
  return t('meeting:footer', { line: meetingLine(meeting, t) });
}
