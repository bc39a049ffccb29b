import { z } from 'zod';
import { optionIssue } from '../commands/option-issue.js';

// for:90m, for:1h30m, for:2h, for:45 (minutes). A workshop day is the longest a meeting runs.

export const DEFAULT_MEETING_MINUTES = 90;
export const MAX_MEETING_MINUTES = 12 * 60;

const DURATION = /^(?:(\d{1,2})\s*h)?\s*(?:(\d{1,4})\s*(?:m|min)?)?$/i;

export const meetingDuration = z.string().transform((raw, context): number => {
  const text = raw.trim();
  const match = DURATION.exec(text);
  const minutes = match ? Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) : 0;
  if (text !== '' && minutes >= 1 && minutes <= MAX_MEETING_MINUTES) return minutes;
  context.addIssue(optionIssue('options:duration', { got: raw }));
  return z.NEVER;
});
