import type { z } from 'zod';
import { KIND_BY_WORD, STATUS_BY_WORD } from '../vocabulary/kinds.js';
import type { CellKind } from './csv-cells.js';
import { interventionSchema, lessonSchema, reportSchema } from './schema.js';

// Which columns a spreadsheet of each record type has, in export order, with
// the kind of cell each holds. The schema still decides what is valid.

export const RECORD_TYPES = ['intervention', 'report', 'lesson'] as const;
export type RecordTypeName = (typeof RECORD_TYPES)[number];

export interface TypeColumns {
  /** The collection file in a corpus folder. */
  file: 'interventions' | 'reports' | 'lessons';
  columns: readonly (readonly [field: string, kind: CellKind])[];
  schema: z.ZodType;
  /** Words in cells that mean a canonical value (`active` → ongoing), by field. */
  words: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Other header names for a column, by folded header. */
  aliases: Readonly<Record<string, string>>;
  /** What an id is made from when a row has none. */
  titleField: string;
}

/** Other header names people use for the same column. */
const INTERVENTION_ALIASES: Readonly<Record<string, string>> = {
  title: 'name',
  project: 'name',
  projectname: 'name',
  organisation: 'organisations',
  organization: 'organisations',
  organizations: 'organisations',
  implementers: 'organisations',
  implementingorganisations: 'organisations',
  org: 'organisations',
  donor: 'donors',
  funder: 'donors',
  funders: 'donors',
  country: 'countries',
  region: 'regions',
  mineral: 'minerals',
  start: 'startyear',
  end: 'endyear',
  area: 'areas',
  areasofwork: 'areas',
  description: 'summary',
  source: 'sources',
  url: 'sources',
  link: 'sources',
  links: 'sources',
  tag: 'tags',
};

export const COLUMNS: Record<RecordTypeName, TypeColumns> = {
  intervention: {
    file: 'interventions',
    columns: [
      ['id', 'text'],
      ['name', 'text'],
      ['acronym', 'text'],
      ['kind', 'text'],
      ['organisations', 'actors'],
      ['donors', 'actors'],
      ['countries', 'places'],
      ['regions', 'list'],
      ['placesAsWritten', 'list'],
      ['minerals', 'list'],
      ['mineralsAsWritten', 'list'],
      ['startYear', 'year'],
      ['endYear', 'year'],
      ['status', 'text'],
      ['statusAsOf', 'asOf'],
      ['statusNote', 'text'],
      ['budget', 'text'],
      ['areas', 'numbers'],
      ['areasBasis', 'text'],
      ['summary', 'text'],
      ['notes', 'text'],
      ['tags', 'list'],
      ['related', 'list'],
      ['sources', 'list'],
      ['confidence', 'text'],
      ['iloReportCoverage', 'text'],
    ],
    schema: interventionSchema,
    words: { kind: KIND_BY_WORD, status: STATUS_BY_WORD, confidence: {} },
    aliases: INTERVENTION_ALIASES,
    titleField: 'name',
  },
  report: {
    file: 'reports',
    columns: [
      ['id', 'text'],
      ['title', 'text'],
      ['publisher', 'text'],
      ['year', 'year'],
      ['date', 'text'],
      ['summary', 'text'],
      ['countries', 'places'],
      ['regions', 'list'],
      ['topics', 'list'],
      ['minerals', 'list'],
      ['notes', 'text'],
      ['tags', 'list'],
      ['related', 'list'],
      ['sources', 'list'],
      ['confidence', 'text'],
    ],
    schema: reportSchema,
    words: { confidence: {} },
    aliases: {
      country: 'countries',
      mineral: 'minerals',
      source: 'sources',
      url: 'sources',
      topic: 'topics',
      tag: 'tags',
      description: 'summary',
    },
    titleField: 'title',
  },
  lesson: {
    file: 'lessons',
    columns: [
      ['id', 'text'],
      ['type', 'text'],
      ['scope', 'text'],
      ['statement', 'text'],
      ['mentions', 'list'],
      ['sources', 'list'],
      ['confidence', 'text'],
    ],
    schema: lessonSchema,
    words: { type: {}, confidence: {} },
    aliases: { lesson: 'statement', source: 'sources', url: 'sources' },
    titleField: 'statement',
  },
};

/** "Start year", "start_year", "startYear" → "startyear": how headers are matched. */
export function columnKey(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
