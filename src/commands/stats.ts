import { z } from 'zod';
import type { Section, StatsReply } from '../reply.js';
import { filterOptions } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { countBuckets, crossCount, type StatField } from './count-buckets.js';
import { describeScope, findRecords, understoodClause } from './find-records.js';
import { problemReply } from './problem-reply.js';
import { BY_CHOICES, byOption, FIELD_NAMES } from './stats-fields.js';
import { countedTypes, staleNotes, statsNotes, typesNoun } from './stats-notes.js';
import { barChart, crossTable } from './text-chart.js';

export const statsCommand = defineCommand({
  name: 'stats',
  usage: 'stats [by:<field>[,<field>]] [words] [filters]',
  words: {
    name: 'query',
    required: false,
    completion: 'query',
  },
  options: z.object({
    by: byOption.optional().meta({ choices: BY_CHOICES }),
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
        context.t,
        'usage',
        found.message,
        'stats by:country mineral:gold',
        text,
        found.suggestions,
      );
    const counted = countedTypes(found.options.type, by);
    const records = found.records.filter((record) => counted.includes(record.type));
    const within = found.filters.selected;
    const buckets = countBuckets(records, by[0] as StatField, context, within);
    const noun = typesNoun(counted);
    const scope = describeScope(found);
    const title = `${records.length} ${noun} by ${by.map((field) => FIELD_NAMES[field]).join(' × ')}${scope ? ` — ${scope}` : ''}`;
    const reply: StatsReply = {
      kind: 'stats',
      query: text,
      title,
      by,
      total: records.length,
      buckets,
      sections: [],
      suggestions: [],
      shareable: true,
    };
    const understood = understoodClause(found);
    const notes = [
      ...(understood ? [understood] : []),
      ...statsNotes(by, counted, found.records, records, buckets),
      ...staleNotes(records, found.options.status, by, context.now),
    ];
    const sections: Section[] = [];
    const chart = {
      title: `${noun[0]?.toUpperCase()}${noun.slice(1)} by ${by.map((field) => FIELD_NAMES[field]).join(' and ')}`,
      counted: `${records.length} ${noun}`,
      filters: scope || 'no filters',
    };
    if (records.length === 0) {
      sections.push({ type: 'text', text: `Nothing to count: no ${noun} match.` });
    } else if (by.length === 2) {
      reply.table = crossCount(records, by[0] as StatField, by[1] as StatField, context, within);
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
    // The caveats go under the count, as one line.
    if (notes.length > 0) sections.push({ type: 'note', parts: notes });
    reply.sections = sections;
    return reply;
  },
});
