import { buildCorpus, type Corpus, type Intervention, type Report } from '../src/index.js';
import { Maker, type Pools, poolsOf, seededRandom } from './synthetic-parts.js';

// A seeded, deterministic corpus of any size made by recombining the shipped
// records: titles spliced from two real titles, summaries (250–400 characters)
// stitched from runs of real summary words, real actors, countries, minerals
// and tags. Every record satisfies the corpus schema.

const CURRENT_YEAR = 2025;

function intervention(make: Maker, pools: Pools, id: string): Intervention {
  const base = make.pick(pools.interventions);
  const name = make.title();
  const countries = make.places(1, 3);
  const minerals = make.some(pools.minerals, 1, 2);
  const startYear = make.random() < 0.1 ? null : make.int(1995, 2024);
  const endYear = startYear === null || make.random() < 0.4 ? null : startYear + make.int(1, 7);
  const status = endYear === null ? 'ongoing' : endYear < CURRENT_YEAR ? 'completed' : 'ongoing';
  const acronym = make.acronym(name);
  return {
    id,
    name,
    ...(acronym ? { acronym } : {}),
    kind: base.kind,
    organisations: make.some(pools.actors, 1, 3),
    donors: make.some(pools.actors, 0, 2),
    countries,
    regions: [],
    placesAsWritten: countries.map((place) => place.country),
    minerals,
    mineralsAsWritten: minerals,
    startYear,
    endYear,
    status,
    statusAsOf: Math.min(
      endYear ?? make.int(Math.max(startYear ?? 2015, 2015), CURRENT_YEAR),
      CURRENT_YEAR,
    ),
    statusNote: base.statusNote,
    areas: base.areas,
    areasBasis: base.areasBasis,
    summary: make.summary(),
    tags: make.some(pools.tags, 0, 3),
    related: [],
    sources: make.sources(id),
    confidence: base.confidence,
    iloReportCoverage: base.iloReportCoverage,
  };
}

function report(make: Maker, pools: Pools, id: string): Report {
  const base = make.pick(pools.reports);
  return {
    id,
    title: make.title(),
    publisher: make.pick(pools.publishers),
    year: make.random() < 0.1 ? null : make.int(1995, 2024),
    summary: make.summary(),
    countries: make.places(0, 2),
    regions: [],
    topics: make.some(pools.topics, 1, 4),
    minerals: make.some(pools.minerals, 0, 2),
    tags: make.some(pools.tags, 0, 2),
    related: [],
    sources: make.sources(id),
    confidence: base.confidence,
  };
}

/** `size` records, about 60% interventions; the same seed always gives the same records. */
export function makeSyntheticCollections(source: Corpus, size: number, seed = 1) {
  const pools = poolsOf(source);
  const make = new Maker(seededRandom(seed), pools);
  const interventions: Intervention[] = [];
  const reports: Report[] = [];
  for (let i = 0; i < size; i++) {
    const number = String(i).padStart(6, '0');
    if (make.random() < 0.6) interventions.push(intervention(make, pools, `syn-i-${number}`));
    else reports.push(report(make, pools, `syn-r-${number}`));
  }
  return { interventions, reports };
}

/** The records as if read from a file: a JSON round trip gives flat strings and unshared objects. */
export function makeSyntheticCorpus(source: Corpus, size: number, seed = 1): Corpus {
  const made = makeSyntheticCollections(source, size, seed);
  const collections = JSON.parse(JSON.stringify(made)) as typeof made;
  return buildCorpus({ ...collections, lessons: [], areas: source.areas }, CURRENT_YEAR);
}
