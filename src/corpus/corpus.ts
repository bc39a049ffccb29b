import type { RecordType } from '../reply.js';
import type { Area, Intervention, Kind, Lesson, Report, Status } from './schema.js';

/**
 * One record of any collection seen the same way, so that search, filters and
 * stats need no case per collection. Values are canonical (after aliases).
 */
export interface CorpusRecord {
  id: string;
  type: RecordType;
  title: string;
  acronym?: string;
  /** First source URL. */
  url: string;
  summary: string;
  countries: string[];
  places: string[];
  /** Stated regions plus the regions of the countries, with their parents. */
  regions: string[];
  minerals: string[];
  mineralsAsWritten: string[];
  areas: number[];
  /** Short labels (acronym, else name) for display and stats. */
  organisations: string[];
  donors: string[];
  /** Every full name and acronym of the organisations and donors, for search and `org:`/`donor:`. */
  organisationNames: string[];
  donorNames: string[];
  years: { from: number; to: number } | null;
  status?: Status;
  /** When the evidence for `status` dates from (2019, "2020-12-31"); read with `readStatus`. */
  statusAsOf?: string;
  kind?: Kind;
  tags: string[];
  topics: string[];
  related: string[];
  source: Intervention | Report | Lesson;
}

export interface Corpus {
  /** The date of the data (YYYY-MM-DD, from manifest.json), or null when the folder has none. */
  date: string | null;
  interventions: Intervention[];
  reports: Report[];
  lessons: Lesson[];
  areas: Area[];
  records: CorpusRecord[];
  byId: ReadonlyMap<string, CorpusRecord>;
}
