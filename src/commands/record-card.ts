import type { Corpus, CorpusRecord } from '../corpus/corpus.js';
import type { Intervention, Lesson, Report } from '../corpus/schema.js';
import { readStatus } from '../corpus/status-reading.js';
import type { Translate } from '../i18n/index.js';
import { kindWord, mineralName, placeName, statusText, type Wording } from '../i18n/value-names.js';
import type { Field, Section } from '../reply.js';
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

/** Countries and regions named in the reader's language; a place within a country as written. */
function placesOf(record: Intervention | Report, locale: Wording['locale']): string {
  const places = record.countries.map((place) => {
    const country = placeName(locale, place.country);
    return place.place ? `${country} (${place.place})` : country;
  });
  return [...places, ...record.regions.map((region) => placeName(locale, region))].join('; ');
}

/** Minerals as the sources wrote them in English; by name in the reader's language otherwise. */
function mineralsOf(
  minerals: readonly string[],
  asWritten: readonly string[],
  locale: Wording['locale'],
) {
  if (locale === 'en' && asWritten.length > 0) return asWritten.join('; ');
  return minerals.map((mineral) => mineralName(locale, mineral)).join(', ');
}

/** "ongoing (as of 2019) — launched early 2019": the dated reading, then the note without its repeat. */
function statusValue(record: Intervention, now: Date, t: Translate): string {
  const reading = readStatus(record.status, record.statusAsOf, now);
  const text = statusText(t, reading);
  const note = record.statusNote
    .replace(new RegExp(`^${record.status}\\b(\\s+as of sources?)?[\\s,;:]*`), '')
    .replace(/^\((.*)\)$/, '$1');
  const asOf =
    reading.asOf && reading.asOf.length > 4
      ? ` ${t('card:evidence-dated', { date: reading.asOf })}`
      : '';
  return `${text}${note ? ` — ${note}` : ''}${asOf}`;
}

function interventionFields(
  record: Intervention,
  view: CorpusRecord,
  corpus: Corpus,
  now: Date,
  { locale, t }: Wording,
): Field[] {
  const areaName = (number: number) =>
    corpus.areas.find((area) => area.number === number)?.short ?? '';
  return [
    { label: t('card:label.kind'), value: kindWord(t, record.kind) },
    { label: t('card:label.organisations'), value: actors(record.organisations) },
    { label: t('card:label.donors'), value: actors(record.donors) },
    { label: t('card:label.where'), value: placesOf(record, locale) },
    {
      label: t('card:label.minerals'),
      value: mineralsOf(record.minerals, record.mineralsAsWritten, locale),
    },
    { label: t('card:label.years'), value: formatYears(view.years, record.status === 'ongoing') },
    { label: t('card:label.status'), value: statusValue(record, now, t) },
    { label: t('card:label.budget'), value: record.budget ?? '' },
    {
      label: t('card:label.areas'),
      value: record.areas.map((n) => `${n} ${areaName(n)}`).join('; '),
    },
    { label: t('card:label.confidence'), value: t(`card:confidence.${record.confidence}`) },
  ];
}

function reportFields(record: Report, { locale, t }: Wording): Field[] {
  const year = record.year === null ? t('card:date-not-stated') : String(record.year);
  return [
    { label: t('card:label.publisher'), value: record.publisher },
    { label: t('card:label.date'), value: record.date ?? year },
    { label: t('card:label.where'), value: placesOf(record, locale) },
    { label: t('card:label.minerals'), value: mineralsOf(record.minerals, [], locale) },
    { label: t('card:label.topics'), value: record.topics.join(', ') },
    { label: t('card:label.confidence'), value: t(`card:confidence.${record.confidence}`) },
  ];
}

function lessonFields(record: Lesson, t: Translate): Field[] {
  return [
    { label: t('card:label.type'), value: t(`card:lesson-type.${record.type}`) },
    { label: t('card:label.scope'), value: record.scope },
    { label: t('card:label.confidence'), value: t(`card:confidence.${record.confidence}`) },
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

function cardParts(record: CorpusRecord, corpus: Corpus, now: Date, wording: Wording) {
  const { t } = wording;
  const source = record.source;
  const notes: string[] = [];
  let fields: Field[];
  if (record.type === 'intervention') {
    const intervention = source as Intervention;
    fields = interventionFields(intervention, record, corpus, now, wording);
    notes.push(
      t('card:note.areas', { basis: intervention.areasBasis }),
      t('card:note.coverage', { coverage: intervention.iloReportCoverage }),
    );
    if (intervention.notes) notes.unshift(intervention.notes);
  } else if (record.type === 'report') {
    fields = reportFields(source as Report, wording);
    if ((source as Report).notes) notes.unshift((source as Report).notes ?? '');
  } else {
    fields = lessonFields(source as Lesson, t);
  }
  const links = linkLabels(source.sources).map((label, index) => ({
    label,
    url: source.sources[index] ?? '',
  }));
  return { fields: fields.filter((field) => field.value !== ''), notes, links };
}

export function recordCard(
  record: CorpusRecord,
  corpus: Corpus,
  now: Date,
  wording: Wording,
): RecordCard {
  const { t } = wording;
  const { fields, notes, links } = cardParts(record, corpus, now, wording);
  const mentioned =
    record.type === 'lesson'
      ? record.related.flatMap((id) => corpus.byId.get(id) ?? [])
      : relatedRecords(record, corpus);
  const lessons = record.type === 'lesson' ? [] : lessonsAbout(record, corpus);
  const more: Section[] = [];
  if (links.length > FIRST_SOURCES)
    more.push(
      { type: 'heading', text: t('card:heading.more-sources') },
      { type: 'links', links: links.slice(FIRST_SOURCES) },
    );
  if (mentioned.length > 0) {
    const heading = record.type === 'lesson' ? 'card:heading.about' : 'card:heading.related';
    more.push({ type: 'heading', text: t(heading) });
    more.push({
      type: 'records',
      items: mentioned.map((other) => toRecordItem(other, now, undefined, wording)),
    });
  }
  if (lessons.length > 0) {
    more.push({ type: 'heading', text: t('card:heading.lessons') });
    more.push({
      type: 'records',
      items: lessons.map((lesson) => toRecordItem(lesson, now, lesson.summary, wording)),
    });
  }
  if (notes.length > 0) more.push({ type: 'heading', text: t('card:heading.notes') });
  for (const note of notes) more.push({ type: 'text', text: note });
  const behind = [
    links.length > FIRST_SOURCES
      ? t('card:behind.sources', { count: links.length - FIRST_SOURCES })
      : '',
    mentioned.length > 0 ? t('card:behind.related', { count: mentioned.length }) : '',
    lessons.length > 0 ? t('card:behind.lessons', { count: lessons.length }) : '',
    notes.length > 0 ? t('card:behind.notes') : '',
  ].filter(Boolean);
  const card: Section[] = [
    { type: 'text', text: record.summary },
    {
      type: 'fields',
      fields: fields.map((field) => ({ ...field, value: shorten(field.value, FACT_LIMIT) })),
    },
    { type: 'links', links: links.slice(0, FIRST_SOURCES) },
  ];
  if (behind.length > 0)
    card.push({ type: 'text', text: t('card:behind', { parts: behind.join(', ') }) });
  return { card, more };
}
