import { z } from 'zod';
import type { CorpusRecord } from '../corpus/corpus.js';
import type { Section, StatsReply } from '../reply.js';
import { filterOptions } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { readSides, type Side } from './compare-sides.js';
import { compareLines } from './compare-table.js';
import { countBuckets, NOT_STATED, STAT_FIELDS, type StatField } from './count-buckets.js';
import { describeFilters, findRecords } from './find-records.js';
import { problemReply } from './problem-reply.js';
import { FIELD_NAMES } from './stats-fields.js';
import { countedTypes, typesNoun } from './stats-notes.js';

const EXAMPLE = 'compare gold cobalt by:area';
const { type } = filterOptions;
/** Every stats field but type: compare counts one type at a time. */
const BY_FIELDS = STAT_FIELDS.filter((field) => field !== 'type');

/** The side's own field cannot be a row: every gold record is in the gold row. */
const OWN_FIELD: Record<Side['key'], StatField[]> = {
  mineral: ['mineral'],
  country: ['country'],
  region: ['region'],
  org: ['org'],
};

export const compareCommand = defineCommand({
  name: 'compare',
  usage: 'compare <a> <b> [by:<field>] [type:…]',
  words: {
    name: 'sides',
    required: true,
  },
  options: z.object({
    by: z
      .enum(BY_FIELDS as [string, ...string[]], {
        message: `compare counts by one of ${BY_FIELDS.join(', ')}`,
      })
      .optional()
      .meta({
        choices: BY_FIELDS.map((value) => ({ name: value, value })),
      }),
    type,
  }),
  examples: [EXAMPLE, 'compare ghana vs peru by:mineral', 'compare ilo unicef by:country'],
  run({ words, options, query, text }, context) {
    const read = readSides(words);
    if (!read.ok) return problemReply(context.t, 'usage', read.message, EXAMPLE, text);
    const [a, b] = read.sides;
    const by = (options.by as StatField | undefined) ?? read.by ?? 'area';
    if (OWN_FIELD[a.key].includes(by) && a.key === b.key)
      return problemReply(
        context.t,
        'usage',
        `Comparing two ${FIELD_NAMES[by]}s by ${FIELD_NAMES[by]} says nothing new; pick another field.`,
        `compare ${words.join(' ')} by:${by === 'area' ? 'country' : 'area'}`,
        text,
      );
    const counted = countedTypes(options.type, [by]);
    const sideRecords = (side: Side): CorpusRecord[] | string => {
      const found = findRecords([], { ...options, [side.key]: side.name }, query, context);
      if (!found.ok) return found.message;
      return found.records.filter((record) => counted.includes(record.type));
    };
    const left = sideRecords(a);
    const right = sideRecords(b);
    if (typeof left === 'string' || typeof right === 'string')
      return problemReply(
        context.t,
        'usage',
        String(typeof left === 'string' ? left : right),
        EXAMPLE,
        text,
      );
    const within = (side: Side) => (side.key === 'org' ? {} : { [side.key]: [side.name] });
    const countsA = countBuckets(left, by, context, within(a));
    const countsB = countBuckets(right, by, context, within(b));
    const rows = [...new Set([...countsA, ...countsB].map((bucket) => bucket.key))]
      .filter((key) => key !== NOT_STATED || by !== 'area')
      .sort((x, y) => total(y) - total(x) || 0);
    function total(key: string): number {
      return (
        (countsA.find((bucket) => bucket.key === key)?.count ?? 0) +
        (countsB.find((bucket) => bucket.key === key)?.count ?? 0)
      );
    }
    const ordered = by === 'area' || by === 'year' ? countsA.map((bucket) => bucket.key) : rows;
    const count = (buckets: typeof countsA, key: string) =>
      buckets.find((bucket) => bucket.key === key)?.count ?? 0;
    const table = {
      rows: ordered,
      columns: [a.name, b.name],
      counts: ordered.map((key) => [count(countsA, key), count(countsB, key)]),
    };
    const noun = typesNoun(counted);
    const filters = describeFilters(
      Object.entries(query.options)
        .filter(([key]) => key !== 'by')
        .map(([key, value]) => ({ key, value: String(value) })),
    );
    const title = `${a.name} vs ${b.name}: ${noun} by ${FIELD_NAMES[by]}`;
    const both = new Set([...left, ...right]).size;
    const sections: Section[] = [
      {
        type: 'text',
        text: `${left.length} ${noun} for ${a.name}, ${right.length} for ${b.name}. Shares (and the chart's shading) are of each side's ${noun}, so sides of different sizes compare; a record can be in several rows.`,
      },
      {
        type: 'chart',
        lines: compareLines(table, [left.length, right.length]),
        chart: {
          title,
          counted: `${left.length} and ${right.length} ${noun}`,
          filters: [`${a.key} ${a.name} / ${b.key} ${b.name}`, filters].filter(Boolean).join(' · '),
          // Shaded by share of each side's records: a small side stays readable beside a big one.
          data: { shape: 'table', ...table, columnTotals: [left.length, right.length] },
        },
      },
    ];
    const reply: StatsReply = {
      kind: 'stats',
      query: text,
      title,
      by: [by],
      total: both,
      buckets: ordered.map((key) => ({ key, count: total(key) })),
      table,
      sections,
      suggestions: [],
      shareable: true,
    };
    return reply;
  },
});
