import type { Corpus, CorpusRecord } from '../corpus/corpus.js';
import type { Intervention, Lesson, Report } from '../corpus/schema.js';
import { readStatus } from '../corpus/status-reading.js';
import type { Field, Section } from '../reply.js';
import { KIND_LABELS } from '../vocabulary/kinds.js';
import { linkLabels } from '../vocabulary/publishers.js';
import { formatYears, toRecordItem } from './record-item.js';
import { lessonsAbout, relatedRecords } from './related-records.js';

// The full card of one record: every field a facilitator may want to cite.

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

export function recordCard(record: CorpusRecord, corpus: Corpus, now: Date): Section[] {
  const source = record.source;
  let fields: Field[];
  const notes: string[] = [];
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
  const sections: Section[] = [
    { type: 'text', text: record.summary },
    { type: 'fields', fields: fields.filter((field) => field.value !== '') },
    {
      type: 'links',
      links: linkLabels(source.sources).map((label, index) => ({
        label,
        url: source.sources[index] ?? '',
      })),
    },
  ];
  const mentioned =
    record.type === 'lesson'
      ? record.related.flatMap((id) => corpus.byId.get(id) ?? [])
      : relatedRecords(record, corpus);
  if (mentioned.length > 0) {
    sections.push({ type: 'heading', text: record.type === 'lesson' ? 'About' : 'Related' });
    sections.push({ type: 'records', items: mentioned.map((other) => toRecordItem(other, now)) });
  }
  const lessons = record.type === 'lesson' ? [] : lessonsAbout(record, corpus);
  if (lessons.length > 0) {
    sections.push({ type: 'heading', text: 'Lessons' });
    sections.push({
      type: 'records',
      items: lessons.map((lesson) => toRecordItem(lesson, now, lesson.summary)),
    });
  }
  for (const note of notes) sections.push({ type: 'text', text: note });
  return sections;
}
