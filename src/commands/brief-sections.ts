import { STALE_AFTER_YEARS } from '../corpus/status-reading.js';
import type { MessageKey } from '../i18n/index.js';
import { statusText, type Wording } from '../i18n/value-names.js';
import type { Bucket, Section } from '../reply.js';
import type { BriefTally } from './brief-tally.js';
import { labelBuckets } from './bucket-labels.js';
import { type CountScope, NOT_STATED, type StatField } from './count-buckets.js';
import { listWithMore } from './record-item.js';
import { barChart, moreLine } from './text-chart.js';

// The parts of a brief that are more than a list of records: the breakdowns
// (charts), what is ongoing with the date of its evidence, and the gaps.

const BREAKDOWN_ROWS = 5;
const ONGOING_SHOWN = 5;

export interface ChartAbout {
  topic: string;
  /** What a number counts: "12 matching records", plural by count. */
  counted: MessageKey;
  filters: string;
}

/** A heading and a bar chart of `counted` records by a field (rows "not stated" left out). */
export function breakdown(
  heading: MessageKey,
  field: StatField,
  bars: ReadonlyMap<StatField, readonly Bucket[]>,
  counted: number,
  about: ChartAbout,
  wording: Wording,
): Section[] {
  const { t } = wording;
  const counts = (bars.get(field) ?? []).filter((bucket) => bucket.key !== NOT_STATED);
  if (counts.length === 0) return [];
  const buckets = labelBuckets(counts, field, wording);
  const shown = buckets.slice(0, BREAKDOWN_ROWS);
  const lines = barChart(shown, wording);
  if (buckets.length > shown.length) lines.push(moreLine(buckets.length - shown.length, wording));
  const title = t(heading);
  return [
    { type: 'heading', text: title },
    {
      type: 'chart',
      lines,
      chart: {
        title: t('brief:chart-title', { heading: title, topic: about.topic }),
        counted: t(about.counted, { count: counted }),
        filters: about.filters || t('stats:no-filters'),
        data: { shape: 'bars', bars: buckets },
      },
    },
  ];
}

/** Interventions reported ongoing, best first, each with the year of its evidence. */
export function ongoingSection(ongoing: BriefTally['ongoing'], wording: Wording): Section[] {
  const { t } = wording;
  if (ongoing.length === 0) return [];
  const lines = ongoing.slice(0, ONGOING_SHOWN).map(({ record, reading }) =>
    t('brief:ongoing-line', {
      name: record.acronym || record.title,
      status: statusText(t, reading),
    }),
  );
  if (ongoing.length > ONGOING_SHOWN) lines.push(moreLine(ongoing.length - ONGOING_SHOWN, wording));
  return [
    { type: 'heading', text: t('brief:heading.ongoing', { count: ongoing.length }) },
    { type: 'text', text: lines.join('\n') },
  ];
}

/** Real gaps: areas of work with no intervention, ongoing work on stale or undated evidence. */
export function gapLines(tally: BriefTally, scope: CountScope, { t }: Wording): string[] {
  const out: string[] = [];
  if (tally.interventions.length === 0) out.push(t('brief:gap.no-intervention'));
  else {
    const missing = scope.corpus.areas.filter((area) => !tally.coveredAreas.has(area.number));
    if (missing.length > 0) {
      const areas = missing.map((area) =>
        t('brief:gap.area', { number: String(area.number), name: area.short }),
      );
      out.push(t('brief:gap.areas', { count: missing.length, areas: areas.join(', ') }));
    }
    const stale = tally.ongoing.filter(({ reading }) => reading.stale).map(({ record }) => record);
    const named = stale
      .slice(0, ONGOING_SHOWN)
      .map((record) => `${record.acronym || record.title} (${record.statusAsOf?.slice(0, 4)})`);
    if (stale.length > 0)
      out.push(
        t('brief:gap.stale', {
          count: stale.length,
          years: STALE_AFTER_YEARS,
          names: listWithMore(named, ONGOING_SHOWN, stale.length),
        }),
      );
    const undated = tally.ongoing.filter(({ record }) => record.statusAsOf === undefined).length;
    if (undated > 0) out.push(t('brief:gap.undated', { count: undated }));
  }
  if (tally.reports.length === 0) out.push(t('brief:gap.no-report'));
  if (out.length === 0) out.push(t('brief:gap.none'));
  return out;
}
