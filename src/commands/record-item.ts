import type { CorpusRecord } from '../corpus/corpus.js';
import { readStatus, type StatusReading } from '../corpus/status-reading.js';
import { ENGLISH, mineralName, placeName, statusText, type Wording } from '../i18n/value-names.js';
import type { RecordItem } from '../reply.js';

// How a record reads as one line of a list. Wording lives here, in the core,
// so every platform says the same thing.

const LINE_LIMIT = 180;

/** Cuts at a word boundary and marks the cut. */
export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The first sentence, at most LINE_LIMIT characters. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return shorten(end >= 0 ? text.slice(0, end + 1) : text, LINE_LIMIT);
}

/** The first `shown` values and how many more of `total` (values may hold only those shown). */
export function listWithMore(
  values: readonly string[],
  shown: number,
  total = values.length,
): string {
  if (total <= shown) return values.join(', ');
  return `${values.slice(0, shown).join(', ')} +${total - shown}`;
}

export function formatYears(years: CorpusRecord['years'], ongoing: boolean): string {
  if (!years) return '';
  if (ongoing && years.from === years.to) return `${years.from}–`;
  if (years.from === years.to) return String(years.from);
  return `${years.from}–${ongoing ? '' : years.to}`;
}

/** An intervention's status against today: "ongoing (as of 2024)", "last reported ongoing in 2016". */
export function statusOf(record: CorpusRecord, now: Date): StatusReading | undefined {
  return record.status === undefined
    ? undefined
    : readStatus(record.status, record.statusAsOf, now);
}

/** "Ghana, Philippines · gold · 2015–2020 · ongoing (as of 2024)", in the reader's words. */
export function recordFacts(record: CorpusRecord, now: Date, wording: Wording = ENGLISH): string {
  const { locale, t } = wording;
  const reading = statusOf(record, now);
  const places =
    record.countries.length > 0
      ? record.countries
      : record.regions.filter((region) => region === 'Global');
  const parts = [
    listWithMore(
      places.map((place) => placeName(locale, place)),
      3,
    ),
    listWithMore(
      record.minerals.map((mineral) => mineralName(locale, mineral)),
      3,
    ),
    formatYears(record.years, record.status === 'ongoing'),
    // A completed record's years already say it ended.
    reading && reading.status !== 'completed' ? statusText(t, reading) : '',
  ];
  // A lesson's type (lesson, gap, finding…) is a closed list, worded like the card's.
  if (record.source && 'statement' in record.source)
    parts.unshift(t(`card:lesson-type.${record.source.type}`));
  return parts.filter((part) => part !== '').join(' · ');
}

/** A record as one item of a list; pass the command's context to word it in the reader's language. */
export function toRecordItem(
  record: CorpusRecord,
  now: Date,
  line = firstSentence(record.summary),
  wording: Wording = ENGLISH,
): RecordItem {
  return {
    id: record.id,
    type: record.type,
    title: record.title,
    url: record.url,
    line,
    facts: recordFacts(record, now, wording),
  };
}
