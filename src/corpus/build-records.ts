import { runAtOnce, type Steps } from '../run-in-slices.js';
import { canonicalOrganisation } from '../vocabulary/organisations.js';
import { regionsOfCountry, regionWithParents } from '../vocabulary/places.js';
import type { Corpus, CorpusRecord } from './corpus.js';
import type { Actor, Area, Intervention, Lesson, Place, Report } from './schema.js';

interface Collections {
  interventions: Intervention[];
  reports: Report[];
  lessons: Lesson[];
  areas: Area[];
  date?: string | null;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

function regionsOf(places: Place[], stated: string[]): string[] {
  return unique([
    ...stated.flatMap(regionWithParents),
    ...places.flatMap((place) => regionsOfCountry(place.country)),
  ]);
}

const actorLabel = (actor: Actor): string => canonicalOrganisation(actor.name, actor.short);
const actorNames = (actors: Actor[]): string[] =>
  unique(
    actors.flatMap((actor) => [actor.name, actor.short ?? '', actorLabel(actor)].filter(Boolean)),
  );

/** An intervention's active years; an open end means "still running" only if ongoing. */
function interventionYears(record: Intervention, currentYear: number): CorpusRecord['years'] {
  const from = record.startYear ?? record.endYear;
  if (from === null) return null;
  const to = record.endYear ?? (record.status === 'ongoing' ? Math.max(currentYear, from) : from);
  return { from, to };
}

function fromIntervention(record: Intervention, currentYear: number): CorpusRecord {
  return {
    id: record.id,
    type: 'intervention',
    title: record.name,
    acronym: record.acronym,
    url: record.sources[0] ?? '',
    summary: record.summary,
    countries: unique(record.countries.map((place) => place.country)),
    places: record.countries.flatMap((place) => (place.place ? [place.place] : [])),
    regions: regionsOf(record.countries, record.regions),
    minerals: record.minerals,
    mineralsAsWritten: record.mineralsAsWritten,
    areas: record.areas,
    organisations: unique(record.organisations.map(actorLabel)),
    donors: unique(record.donors.map(actorLabel)),
    organisationNames: actorNames(record.organisations),
    donorNames: actorNames(record.donors),
    years: interventionYears(record, currentYear),
    status: record.status,
    ...(record.statusAsOf === undefined ? {} : { statusAsOf: String(record.statusAsOf) }),
    kind: record.kind,
    tags: record.tags,
    topics: [],
    related: record.related,
    source: record,
  };
}

function fromReport(record: Report): CorpusRecord {
  return {
    id: record.id,
    type: 'report',
    title: record.title,
    url: record.sources[0] ?? '',
    summary: record.summary,
    countries: unique(record.countries.map((place) => place.country)),
    places: record.countries.flatMap((place) => (place.place ? [place.place] : [])),
    regions: regionsOf(record.countries, record.regions),
    minerals: record.minerals,
    mineralsAsWritten: [],
    areas: [],
    organisations: [record.publisher],
    donors: [],
    organisationNames: [record.publisher],
    donorNames: [],
    years: record.year === null ? null : { from: record.year, to: record.year },
    tags: record.tags,
    topics: record.topics,
    related: record.related,
    source: record,
  };
}

/** A lesson takes its places and minerals from the records it mentions. */
function fromLesson(record: Lesson, byId: ReadonlyMap<string, CorpusRecord>): CorpusRecord {
  const mentioned = record.mentions.flatMap((id) => byId.get(id) ?? []);
  return {
    id: record.id,
    type: 'lesson',
    title: record.scope,
    url: record.sources[0] ?? '',
    summary: record.statement,
    countries: unique(mentioned.flatMap((other) => other.countries)),
    places: [],
    regions: unique(mentioned.flatMap((other) => other.regions)),
    minerals: unique(mentioned.flatMap((other) => other.minerals)),
    mineralsAsWritten: [],
    areas: unique(mentioned.flatMap((other) => other.areas)),
    organisations: [],
    donors: [],
    organisationNames: [],
    donorNames: [],
    years: null,
    tags: [record.type],
    topics: [],
    related: record.mentions,
    source: record,
  };
}

export function buildCorpus(
  collections: Collections,
  currentYear = new Date().getUTCFullYear(),
): Corpus {
  return runAtOnce(corpusSteps(collections, currentYear));
}

/** Builds the records one step each (a reload builds them in slices). */
export function* corpusSteps(
  collections: Collections,
  currentYear = new Date().getUTCFullYear(),
): Steps<Corpus> {
  const byId = new Map<string, CorpusRecord>();
  const records: CorpusRecord[] = [];
  const add = (record: CorpusRecord) => {
    byId.set(record.id, record);
    records.push(record);
  };
  for (const record of collections.interventions) {
    add(fromIntervention(record, currentYear));
    yield;
  }
  for (const record of collections.reports) {
    add(fromReport(record));
    yield;
  }
  for (const lesson of collections.lessons) {
    add(fromLesson(lesson, byId));
    yield;
  }
  const areas = [...collections.areas].sort((a, b) => a.number - b.number);
  return { ...collections, date: collections.date ?? null, areas, records, byId };
}
