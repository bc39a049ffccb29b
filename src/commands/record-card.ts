import type { Corpus, CorpusRecord } from '../corpus/corpus.js';
import type { Intervention, Lesson, Report } from '../corpus/schema.js';
import { readStatus } from '../corpus/status-reading.js';
import type { Field, Section } from '../reply.js';
import { KIND_LABELS } from '../vocabulary/kinds.js';
import { linkLabels } from '../vocabulary/publishers.js';
import { formatYears, shorten, toRecordItem } from './record-item.js';
import { lessonsAbout, relatedRecords } from './related-records.js';

// The card of one record, sized for a phone, and what its More button shows.

const actors = (list: Intervention['organisations']) =>
  list
    .map(
      (actor) =>
        `${actor.name}${actor.short ? ` (${actor.short})` : ''}${actor.role ? ` — ${actor.role}` : ''}`,
    )
    .join('; ');

function placesOf(record: Intervention | Report): string {
  const places = record.countries.map((place) =>
    place.place ? `${place.country} (${place.place})` : place.country,
  );
  return [...places, ...record.regions].join('; ');
}

/** "ongoing (as of 2019) — launched early 2019": the dated reading, then the note without its repeat. */
function statusValue(record: Intervention, now: Date): string {
  const reading = readStatus(record.status, record.statusAsOf, now);
  const note = record.statusNote
    .replace(new RegExp(`^${record.status}\\b(\\s+as of sources?)?[\\s,;:]*`), '')
    .replace(/^\((.*)\)$/, '$1');
  const asOf = reading.asOf && reading.asOf.length > 4 ? ` Evidence dated ${reading.asOf}.` : '';
  return `${reading.text}${note ? ` — ${note}` : ''}${asOf}`;
}

function interventionFields(
  record: Intervention,
  view: CorpusRecord,
  corpus: Corpus,
  now: Date,
): Field[] {
  const areaName = (number: number) =>
    corpus.areas.find((area) => area.number === number)?.short ?? '';
  return [
    { label: 'Kind', value: KIND_LABELS[record.kind].label },
    { label: 'Organisations', value: actors(record.organisations) },
    { label: 'Donors', value: actors(record.donors) },
    { label: 'Where', value: placesOf(record) },
    { label: 'Minerals', value: record.mineralsAsWritten.join('; ') || record.minerals.join(', ') },
    { label: 'Years', value: formatYears(view.years, record.status === 'ongoing') },
    { label: 'Status', value: statusValue(record, now) },
    { label: 'Budget', value: record.budget ?? '' },
    {
      label: 'ILO areas of work',
      value: record.areas.map((n) => `${n} ${areaName(n)}`).join('; '),
    },
    { label: 'Confidence', value: record.confidence },
  ];
}

function reportFields(record: Report): Field[] {
  return [
    { label: 'Publisher', value: record.publisher },
    {
      label: 'Date',
      value: record.date ?? (record.year === null ? 'not stated' : String(record.year)),
    },
    { label: 'Where', value: placesOf(record) },
    { label: 'Minerals', value: record.minerals.join(', ') },
    { label: 'Topics', value: record.topics.join(', ') },
    { label: 'Confidence', value: record.confidence },
  ];
}

function lessonFields(record: Lesson): Field[] {
  return [
    { label: 'Type', value: record.type },
    { label: 'Scope', value: record.scope },
    { label: 'Confidence', value: record.confidence },
  ];
}

/** A card fits a phone: a few sources up front, the rest behind More. */
const FIRST_SOURCES = 3;
const FACT_LIMIT = 220;

export interface RecordCard {
  /** The card: summary, key facts, the first sources, one short line of notes. */
  card: Section[];
  /** Behind More: the other sources, related records, lessons and the notes in full. */
  more: Section[];
}

function cardParts(record: CorpusRecord, corpus: Corpus, now: Date) {
  const source = record.source;
  const notes: string[] = [];
  let fields: Field[];
  if (record.type === 'intervention') {
    const intervention = source as Intervention;
    fields = interventionFields(intervention, record, corpus, now);
    notes.push(
      `Areas of work: ${intervention.areasBasis}.`,
      `ILO report coverage: ${intervention.iloReportCoverage}.`,
    );
    if (intervention.notes) notes.unshift(intervention.notes);
  } else if (record.type === 'report') {
    fields = reportFields(source as Report);
    if ((source as Report).notes) notes.unshift((source as Report).notes ?? '');
  } else {
    fields = lessonFields(source as Lesson);
  }
  const links = linkLabels(source.sources).map((label, index) => ({
    label,
    url: source.sources[index] ?? '',
  }));
  return { fields: fields.filter((field) => field.value !== ''), notes, links };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export function recordCard(record: CorpusRecord, corpus: Corpus, now: Date): RecordCard {
  const { fields, notes, links } = cardParts(record, corpus, now);
  const mentioned =
    record.type === 'lesson'
      ? record.related.flatMap((id) => corpus.byId.get(id) ?? [])
      : relatedRecords(record, corpus);
  const lessons = record.type === 'lesson' ? [] : lessonsAbout(record, corpus);
  const more: Section[] = [];
  if (links.length > FIRST_SOURCES)
    more.push(
      { type: 'heading', text: 'More sources' },
      { type: 'links', links: links.slice(FIRST_SOURCES) },
    );
  if (mentioned.length > 0) {
    more.push({ type: 'heading', text: record.type === 'lesson' ? 'About' : 'Related' });
    more.push({ type: 'records', items: mentioned.map((other) => toRecordItem(other, now)) });
  }
  if (lessons.length > 0) {
    more.push({ type: 'heading', text: 'Lessons' });
    more.push({
      type: 'records',
      items: lessons.map((lesson) => toRecordItem(lesson, now, lesson.summary)),
    });
  }
  if (notes.length > 0) more.push({ type: 'heading', text: 'Notes' });
  for (const note of notes) more.push({ type: 'text', text: note });
  const behind = [
    links.length > FIRST_SOURCES ? plural(links.length - FIRST_SOURCES, 'more source') : '',
    mentioned.length > 0 ? plural(mentioned.length, 'related record') : '',
    lessons.length > 0 ? plural(lessons.length, 'lesson') : '',
    notes.length > 0 ? 'notes on the evidence' : '',
  ].filter(Boolean);
  const card: Section[] = [
    { type: 'text', text: record.summary },
    {
      type: 'fields',
      fields: fields.map((field) => ({ ...field, value: shorten(field.value, FACT_LIMIT) })),
    },
    { type: 'links', links: links.slice(0, FIRST_SOURCES) },
  ];
  if (behind.length > 0) card.push({ type: 'text', text: `More: ${behind.join(', ')}.` });
  return { card, more };
}
