import { z } from 'zod';
import type { CorpusRecord } from '../corpus/corpus.js';
import type { BriefReply, Section } from '../reply.js';
import { filterOptions } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { countBuckets, type StatField } from './count-buckets.js';
import { describeFilters, findRecords } from './find-records.js';
import { problemReply } from './problem-reply.js';
import { toRecordItem } from './record-item.js';
import { barChart } from './text-chart.js';
import { zeroResultSuggestions } from './zero-result-suggestions.js';

const TOP = 3;
const BREAKDOWN_ROWS = 5;

function breakdown(
  title: string,
  records: readonly CorpusRecord[],
  field: StatField,
  context: Parameters<typeof countBuckets>[2],
  about: { topic: string; counted: string; filters: string },
): Section[] {
  const buckets = countBuckets(records, field, context).filter(
    (bucket) => bucket.key !== 'not stated',
  );
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
        counted: `${records.length} ${about.counted}`,
        filters: about.filters || 'no filters',
        data: { shape: 'bars', bars: buckets },
      },
    },
  ];
}

export const briefCommand = defineCommand({
  name: 'brief',
  description:
    'A digest of a topic for a meeting: counts, where, which minerals, top 3, lessons, gaps',
  usage: 'brief <words> [filters]',
  words: {
    name: 'topic',
    description: 'The topic, e.g. cobalt or mercury ghana',
    required: true,
    completion: 'query',
  },
  options: z.object(filterOptions),
  examples: ['brief cobalt', 'brief mercury', 'brief education country:ghana', 'brief mica'],
  run({ words, options, query, text }, context) {
    const found = findRecords(words, options, query, context);
    if (!found.ok)
      return problemReply('usage', found.message, 'brief cobalt', text, found.suggestions);
    const { records } = found;
    const of = (type: CorpusRecord['type']) => records.filter((record) => record.type === type);
    const interventions = of('intervention');
    const reports = of('report');
    const lessons = of('lesson');
    const topic = words.join(' ');
    const scope = describeFilters(found.filters.active);
    const reply: BriefReply = {
      kind: 'brief',
      query: text,
      title: `Brief: ${topic}${scope ? ` (${scope})` : ''}`,
      topic,
      counts: {
        intervention: interventions.length,
        report: reports.length,
        lesson: lessons.length,
      },
      top: [],
      sections: [],
      suggestions: [],
      shareable: true,
    };
    if (records.length === 0) {
      reply.sections = [
        { type: 'text', text: `Nothing in the corpus matches "${topic}". Try one of these:` },
      ];
      reply.suggestions = zeroResultSuggestions(query, found.outcome, () => 1, context);
      reply.shareable = false;
      return reply;
    }
    reply.top = records
      .filter((record) => record.type !== 'lesson')
      .slice(0, TOP)
      .map((record) => toRecordItem(record, context.now));
    const related = new Set(reply.top.map((item) => item.id));
    const relatedLessons = [
      ...lessons,
      ...context.corpus.records.filter(
        (record) =>
          record.type === 'lesson' &&
          !lessons.includes(record) &&
          record.related.some((id) => related.has(id)),
      ),
    ].slice(0, TOP);
    const matching = { topic, counted: 'matching records', filters: scope };
    const sections: Section[] = [
      {
        type: 'text',
        text: `${interventions.length} intervention${interventions.length === 1 ? '' : 's'}, ${reports.length} report${reports.length === 1 ? '' : 's'} and ${lessons.length} lesson${lessons.length === 1 ? '' : 's'} match.`,
      },
      ...breakdown('Where', records, 'country', context, matching),
      ...breakdown('Minerals', records, 'mineral', context, matching),
      ...breakdown('ILO areas of work (interventions)', interventions, 'area', context, {
        ...matching,
        counted: 'matching interventions',
      }),
      { type: 'heading', text: `Top ${reply.top.length}` },
      { type: 'records', items: reply.top },
    ];
    if (relatedLessons.length > 0) {
      sections.push(
        { type: 'heading', text: 'Lessons' },
        {
          type: 'records',
          items: relatedLessons.map((lesson) => toRecordItem(lesson, context.now, lesson.summary)),
        },
      );
    }
    sections.push(
      { type: 'heading', text: 'Gaps' },
      { type: 'text', text: gaps(interventions, reports, context.corpus.areas).join(' ') },
    );
    reply.sections = sections;
    return reply;
  },
});

/** What the matching records do not cover: areas with no intervention, no ongoing work, no reports. */
function gaps(
  interventions: readonly CorpusRecord[],
  reports: readonly CorpusRecord[],
  areas: readonly { number: number; short: string }[],
): string[] {
  const out: string[] = [];
  if (interventions.length === 0) out.push('No intervention in the corpus matches.');
  else {
    const missing = areas.filter(
      (area) => !interventions.some((record) => record.areas.includes(area.number)),
    );
    if (missing.length > 0)
      out.push(
        `No matching intervention works in area ${missing.map((area) => `${area.number} (${area.short})`).join(', ')}.`,
      );
    const ongoing = interventions.filter((record) => record.status === 'ongoing').length;
    out.push(
      `${ongoing} of ${interventions.length} matching interventions are ongoing as of their sources.`,
    );
  }
  if (reports.length === 0) out.push('No report in the library matches.');
  return out;
}
