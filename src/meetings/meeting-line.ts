import type { Filters, Meeting } from '../store/store.js';

// How a meeting reads in a footer and a heading: "gold · Ghana, until 16:30 UTC".
// Times are UTC: the core knows no one's time zone, and the server's would mislead.

export function clockTime(date: Date): string {
  return `${date.toISOString().slice(11, 16)} UTC`;
}

export function describeDefaults(filters: Filters): string {
  const values = Object.values(filters);
  return values.length > 0 ? values.join(' · ') : 'no default filters';
}

/** Until when the meeting runs: its end, or when it was ended early. */
export function meetingEnd(meeting: Meeting): Date {
  return meeting.endedEarlyAt ?? meeting.endsAt;
}

export function meetingLine(meeting: Meeting): string {
  const title = meeting.title ? `${meeting.title}: ` : '';
  return `${title}${describeDefaults(meeting.filters)}, until ${clockTime(meetingEnd(meeting))}`;
}

/** The footer every reply in the channel carries while the meeting runs. */
export function meetingFooter(meeting: Meeting): string {
  return `meeting: ${meetingLine(meeting)}`;
}
