import { STALE_AFTER_YEARS } from '../corpus/status-reading.js';
import type { Bucket, Section } from '../reply.js';
import type { BriefTally } from './brief-tally.js';
import { type CountScope, NOT_STATED } from './count-buckets.js';
import { listWithMore } from './record-item.js';
import { barChart } from './text-chart.js';

// The parts of a brief that are more than a list of records: the breakdowns
// (charts), what is ongoing with the date of its evidence, and the gaps.

const BREAKDOWN_ROWS = 5;
const ONGOING_SHOWN = 5;

export interface ChartAbout {
  topic: string;
  counted: string;
  filters: string;
}

/** A heading and a bar chart of `counted` records by a field (rows "not stated" left out). */
export function breakdown(
  title: string,
  counts: readonly Bucket[] | undefined,
  counted: number,
  about: ChartAbout,
): Section[] {
  const buckets = (counts ?? []).filter((bucket) => bucket.key !== NOT_STATED);
  if (buckets.length === 0) return [];
  const shown = buckets.slice(0, BREAKDOWN_ROWS);
  const lines = barChart(shown);
  if (buckets.length > shown.length) lines.push(`… and ${buckets.length - shown.length} more`);
  return [
    { type: 'heading', text: title },
    {
      type: 'chart',
      lines,
      chart: {
        title: `${title}: ${about.topic}`,
        counted: `${counted} ${about.counted}`,
        filters: about.filters || 'no filters',
        data: { shape: 'bars', bars: buckets },
      },
    },
  ];
}

/** Interventions reported ongoing, best first, each with the year of its evidence. */
export function ongoingSection(ongoing: BriefTally['ongoing']): Section[] {
  if (ongoing.length === 0) return [];
  const lines = ongoing
    .slice(0, ONGOING_SHOWN)
    .map(({ record, reading }) => `• ${record.acronym || record.title}: ${reading.text}`);
  if (ongoing.length > ONGOING_SHOWN) lines.push(`… and ${ongoing.length - ONGOING_SHOWN} more`);
  return [
    { type: 'heading', text: `Ongoing (${ongoing.length})` },
    { type: 'text', text: lines.join('\n') },
  ];
}

/** Real gaps: areas of work with no intervention, ongoing work on stale or undated evidence. */
export function gapLines(tally: BriefTally, scope: CountScope): string[] {
  const out: string[] = [];
  if (tally.interventions.length === 0) out.push('No intervention in the corpus matches.');
  else {
    const missing = scope.corpus.areas.filter((area) => !tally.coveredAreas.has(area.number));
    if (missing.length > 0)
      out.push(
        `No matching intervention works in area ${missing.map((area) => `${area.number} (${area.short})`).join(', ')}.`,
      );
    const stale = tally.ongoing.filter(({ reading }) => reading.stale).map(({ record }) => record);
    const named = stale
      .slice(0, ONGOING_SHOWN)
      .map((record) => `${record.acronym || record.title} (${record.statusAsOf?.slice(0, 4)})`);
    if (stale.length > 0)
      out.push(
        `${stale.length} reported ongoing ${stale.length === 1 ? 'rests' : 'rest'} on evidence more than ${STALE_AFTER_YEARS} years old: ${listWithMore(named, ONGOING_SHOWN, stale.length)}.`,
      );
    const undated = tally.ongoing.filter(({ record }) => record.statusAsOf === undefined).length;
    if (undated > 0)
      out.push(`${undated} reported ongoing ${undated === 1 ? 'carries' : 'carry'} no date.`);
  }
  if (tally.reports.length === 0) out.push('No report in the library matches.');
  if (out.length === 0)
    out.push('Every area of work has an intervention, and no ongoing work rests on old evidence.');
  return out;
}
