import { z } from 'zod';
import { listOf } from '../i18n/list-format.js';
import type { Wording } from '../i18n/value-names.js';
import type { ChartSpec, Section, StatsReply } from '../reply.js';
import { labelBuckets, labelTable } from './bucket-labels.js';
import { filterOptions } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { countBuckets, crossCount, type StatField } from './count-buckets.js';
import { describeScope, findRecords, understoodClause } from './find-records.js';
import { problemReply } from './problem-reply.js';
import { BY_CHOICES, byOption, fieldName } from './stats-fields.js';
import { countedRecords, countedTypes, staleNotes, statsNotes, typesNoun } from './stats-notes.js';
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
    const { t } = context;
    const counted = countedTypes(found.options.type, by);
    const records = found.records.filter((record) => counted.includes(record.type));
    const within = found.filters.selected;
    // Keys stay the corpus's English (the data, `--json`); charts show them labelled.
    const buckets = countBuckets(records, by[0] as StatField, context, within);
    const scope = describeScope(found, context);
    const title = {
      counted: countedRecords(counted, records.length, context),
      fields: by.map((field) => fieldName(t, field)).join(' × '),
      scope,
    };
    const reply: StatsReply = {
      kind: 'stats',
      query: text,
      title: scope ? t('stats:title-scoped', title) : t('stats:title', title),
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
      ...statsNotes(by, counted, found.records, records, buckets, context),
      ...staleNotes(records, found.options.status, by, context.now, context),
    ];
    const sections: Section[] = [];
    const noun = typesNoun(counted, context);
    const chart = {
      title: t('stats:chart-title', {
        noun: capitalised(noun, context),
        fields: listOf(
          context.locale,
          by.map((field) => fieldName(t, field)),
        ),
      }),
      counted: title.counted,
      filters: scope || t('stats:no-filters'),
    };
    if (records.length === 0) {
      sections.push({ type: 'text', text: t('stats:nothing', { noun }) });
    } else if (by.length === 2) {
      reply.table = crossCount(records, by[0] as StatField, by[1] as StatField, context, within);
      sections.push(tableSection(reply.table, by as [StatField, StatField], chart, context));
    } else {
      const bars = labelBuckets(buckets, by[0] as StatField, context);
      sections.push({
        type: 'chart',
        lines: barChart(bars, context),
        chart: { ...chart, data: { shape: 'bars', bars } },
      });
    }
    // The caveats go under the count, as one line.
    if (notes.length > 0) sections.push({ type: 'note', parts: notes });
    reply.sections = sections;
    return reply;
  },
});

const capitalised = (text: string, { locale }: Wording) =>
  `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}`;

function tableSection(
  table: NonNullable<StatsReply['table']>,
  by: [StatField, StatField],
  chart: Omit<ChartSpec, 'data'>,
  wording: Wording,
): Section {
  const labelled = labelTable(table, by, wording);
  return {
    type: 'chart',
    lines: crossTable(labelled, wording),
    chart: { ...chart, data: { shape: 'table', ...labelled } },
  };
}
