import type { Corpus, CorpusRecord } from '../corpus/corpus.js';
import { readStatus } from '../corpus/status-reading.js';
import type { FilterResult } from '../search/resolve-filters.js';
import { organisationWithParents } from '../vocabulary/organisations.js';
import { regionsOfCountry, subRegions, TOP_REGIONS } from '../vocabulary/places.js';

// Which buckets a record falls in for each field counted by stats, compare and brief.

export const STAT_FIELDS = [
  'area',
  'mineral',
  'country',
  'region',
  'org',
  'donor',
  'status',
  'kind',
  'year',
  'type',
] as const;
export type StatField = (typeof STAT_FIELDS)[number];

/** Fields that only interventions have: counting them over reports would only add "not stated". */
export const INTERVENTION_ONLY: readonly StatField[] = ['area', 'org', 'donor', 'status', 'kind'];

export const NOT_STATED = 'not stated';
/** The status bucket of "ongoing" on evidence too old to count as ongoing today. */
export const STALE_ONGOING = 'last reported ongoing';

/** What counting needs: the corpus, and today (a status's evidence ages). */
export interface CountScope {
  corpus: Corpus;
  now: Date;
}

/** The values the filters chose, so that rows of a filtered dimension stay inside the filter. */
export type Within = Extract<FilterResult, { ok: true }>['selected'];

/** An organisation's row: the chosen organisation it belongs to, else the top of its family. */
function actorKeys(labels: readonly string[], chosen: readonly string[] | undefined): string[] {
  if (!chosen) return labels.map((label) => organisationWithParents(label).at(-1) ?? label);
  return labels.flatMap((label) => {
    const chain = organisationWithParents(label);
    return chosen.filter((name) => chain.includes(name));
  });
}

function countryKeys(record: CorpusRecord, within: Within): string[] {
  const { country, region } = within;
  return record.countries.filter(
    (name) =>
      (!country || country.includes(name)) &&
      (!region || regionsOfCountry(name).some((one) => region.includes(one))),
  );
}

export type KeysOf = (record: CorpusRecord) => readonly string[];

/**
 * The bucket keys a record falls in for a field (several for multi-valued
 * fields; none means "not stated"), read by a function chosen once per count.
 */
export function keysFor(field: StatField, scope: CountScope, within: Within): KeysOf {
  switch (field) {
    case 'area': {
      const labels = new Map(
        scope.corpus.areas.map((area) => [area.number, areaLabel(area.number, scope.corpus)]),
      );
      return (record) =>
        record.areas.map((number) => labels.get(number) ?? areaLabel(number, scope.corpus));
    }
    case 'mineral': {
      const chosen = within.mineral;
      return chosen
        ? (record) => record.minerals.filter((name) => chosen.includes(name))
        : (record) => record.minerals;
    }
    case 'country':
      return within.country || within.region
        ? (record) => countryKeys(record, within)
        : (record) => record.countries;
    case 'region': {
      const rows = within.region ? within.region.flatMap(subRegions) : TOP_REGIONS;
      return (record) => record.regions.filter((region) => rows.includes(region));
    }
    case 'org':
      return (record) => actorKeys(record.organisations, within.org);
    case 'donor':
      return (record) => actorKeys(record.donors, within.donor);
    case 'status':
      return (record) => (record.status ? [statusKey(record, scope.now)] : []);
    case 'kind':
      return (record) => (record.kind ? [record.kind] : []);
    case 'year':
      return (record) => (record.years ? [String(record.years.from)] : []);
    case 'type':
      return (record) => [record.type];
  }
}

function statusKey(record: CorpusRecord, now: Date): string {
  if (!record.status) return NOT_STATED;
  return readStatus(record.status, record.statusAsOf, now).stale ? STALE_ONGOING : record.status;
}

export function areaLabel(number: number, corpus: Corpus): string {
  const area = corpus.areas.find((candidate) => candidate.number === number);
  return `${number} ${area?.short ?? ''}`.trim();
}
