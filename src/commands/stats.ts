import { z } from 'zod';
import type { Section, StatsReply } from '../reply.js';
import { optionKey } from '../search/parse-query.js';
import { closestWords } from '../text/closest-words.js';
import { filterOptions } from './command-options.js';
import { defineCommand } from './command-spec.js';
import {
  countBuckets,
  crossCount,
  INTERVENTION_ONLY,
  STAT_FIELDS,
  type StatField,
} from './count-buckets.js';
import { describeFilters, findRecords } from './find-records.js';
import { problemReply } from './problem-reply.js';
import { STALE_BUCKET_NOTE, staleCount, staleOngoingNote } from './stale-note.js';
import { barChart, crossTable } from './text-chart.js';

const byOption = z.string().transform((raw, context): StatField[] => {
  const fields: StatField[] = [];
  for (const part of raw
    .split(/[,×x+]/)
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean)) {
    const field = (STAT_FIELDS as readonly string[]).includes(part)
      ? (part as StatField)
      : optionKey(part);
    if (!field || !(STAT_FIELDS as readonly string[]).includes(field)) {
      const guess = closestWords(part, STAT_FIELDS, 1)[0];
      const hint = guess ? ` — did you mean ${guess}?` : '';
      context.addIssue({
        code: 'custom',
        message: `by must be one or two of ${STAT_FIELDS.join(', ')}, got "${part}"${hint}`,
      });
      return z.NEVER;
    }
    if (!fields.includes(field as StatField)) fields.push(field as StatField);
  }
  if (fields.length === 0 || fields.length > 2) {
    context.addIssue({
      code: 'custom',
      message: `by takes one field or two joined by a comma (by:mineral,area), got "${raw}"`,
    });
    return z.NEVER;
  }
  return fields;
});

/** How a field reads in a sentence. */
const FIELD_NAMES: Record<StatField, string> = {
  area: 'area of work',
  mineral: 'mineral',
  country: 'country',
  region: 'region',
  org: 'organisation',
  donor: 'donor',
  status: 'status',
  kind: 'kind',
  year: 'year',
  type: 'type',
};

const BY_CHOICES = [
  ...STAT_FIELDS,
  'mineral,area',
  'country,mineral',
  'area,country',
  'mineral,status',
].map((value) => ({
  name: value,
  value,
}));

export const statsCommand = defineCommand({
  name: 'stats',
  description: 'Counts by area, mineral, country, region, org, donor, status, kind, year or type',
  usage: 'stats [by:<field>[,<field>]] [words] [filters]',
  words: {
    name: 'query',
    description: 'Optional words to narrow what is counted',
    required: false,
    completion: 'query',
  },
  options: z.object({
    by: byOption
      .optional()
      .meta({ description: 'What to count by (two fields make a table)', choices: BY_CHOICES }),
    ...filterOptions,
  }),
  examples: [
    'stats by:mineral',
    'stats by:country mineral:gold',
    'stats by:mineral,area',
    'stats by:year type:report',
  ],
  run({ words, options, query, text }, context) {
    const by = options.by ?? ['area'];
    const found = findRecords(words, options, query, context);
    if (!found.ok)
      return problemReply(
        'usage',
        found.message,
        'stats by:country mineral:gold',
        text,
        found.suggestions,
      );

    const onlyInterventions =
      options.type === undefined && by.some((field) => INTERVENTION_ONLY.includes(field));
    const records = onlyInterventions
      ? found.records.filter((record) => record.type === 'intervention')
      : found.records;
    const buckets = countBuckets(records, by[0] as StatField, context);
    const noun =
      onlyInterventions || options.type === 'intervention'
        ? 'interventions'
        : options.type
          ? `${options.type}s`
          : 'records';
    const scope = [
      words.length > 0 ? `"${words.join(' ')}"` : '',
      describeFilters(found.filters.active),
    ]
      .filter(Boolean)
      .join(' · ');
    const reply: StatsReply = {
      kind: 'stats',
      query: text,
      title: `${records.length} ${noun} by ${by.join(' × ')}${scope ? ` — ${scope}` : ''}`,
      by,
      total: records.length,
      buckets,
      sections: [],
      suggestions: [],
      shareable: true,
    };
    const notes: string[] = [];
    if (onlyInterventions) {
      const missing = by
        .filter((field) => INTERVENTION_ONLY.includes(field))
        .map((field) => FIELD_NAMES[field]);
      notes.push(
        `Counting interventions only: reports and lessons have no ${missing.join(' or ')}.`,
      );
    }
    if (buckets.reduce((sum, bucket) => sum + bucket.count, 0) > records.length) {
      notes.push(
        `A record can count in several rows, so the rows add up to more than ${records.length}.`,
      );
    }
    if (by[1] === 'area')
      notes.push('Columns are the areas of work by number; `areas` names them.');
    if (by.includes('area'))
      notes.push('Areas of work are a judgement from each intervention’s described activities.');
    const stale = staleOngoingNote(records, options.status, context.now);
    if (stale) notes.push(stale);
    if (by.includes('status') && staleCount(records, context.now) > 0)
      notes.push(STALE_BUCKET_NOTE);
    if (by.includes('year'))
      notes.push('Year is the start year of an intervention and the publication year of a report.');
    const sections: Section[] = notes.map((note) => ({ type: 'text', text: note }));
    if (records.length === 0) {
      sections.push({ type: 'text', text: 'Nothing to count: no record matches.' });
    } else {
      const chart = {
        title: `${noun[0]?.toUpperCase()}${noun.slice(1)} by ${by.map((field) => FIELD_NAMES[field]).join(' and ')}`,
        counted: `${records.length} ${noun}`,
        filters: scope || 'no filters',
      };
      if (by.length === 2) {
        reply.table = crossCount(records, by[0] as StatField, by[1] as StatField, context);
        sections.push({
          type: 'chart',
          lines: crossTable(reply.table),
          chart: { ...chart, data: { shape: 'table', ...reply.table } },
        });
      } else {
        sections.push({
          type: 'chart',
          lines: barChart(buckets),
          chart: { ...chart, data: { shape: 'bars', bars: buckets } },
        });
      }
    }
    reply.sections = sections;
    return reply;
  },
});
