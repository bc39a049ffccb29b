import { z } from 'zod';
import type { CorpusRecord } from '../corpus/corpus.js';
import type { MessageKey } from '../i18n/index.js';
import type { Bucket, Section, StatsReply } from '../reply.js';
import { bucketLabel } from './bucket-labels.js';
import { filterOptions } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { chartFilters, sideName } from './compare-labels.js';
import { readSides, type Side } from './compare-sides.js';
import { compareLines } from './compare-table.js';
import { countBuckets, STAT_FIELDS, type StatField } from './count-buckets.js';
import { findRecords } from './find-records.js';
import { optionIssue } from './option-issue.js';
import { problemReply } from './problem-reply.js';
import { fieldName } from './stats-fields.js';
import { countedRecords, countedTypes, typesNoun } from './stats-notes.js';

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

const SIDES: Record<Side['key'], MessageKey> = {
  mineral: 'compare:sides.mineral',
  country: 'compare:sides.country',
  region: 'compare:sides.region',
  org: 'compare:sides.org',
};

const byField = z.string().transform((raw, context): StatField => {
  const value = raw.trim().toLowerCase();
  if ((BY_FIELDS as readonly string[]).includes(value)) return value as StatField;
  context.addIssue(optionIssue('compare:by-one-of', { fields: BY_FIELDS.join(', ') }));
  return z.NEVER;
});

export const compareCommand = defineCommand({
  name: 'compare',
  usage: 'compare <a> <b> [by:<field>] [type:…]',
  words: {
    name: 'sides',
    required: true,
  },
  options: z.object({
    by: byField.optional().meta({ choices: BY_FIELDS.map((value) => ({ name: value, value })) }),
    type,
  }),
  examples: [EXAMPLE, 'compare ghana vs peru by:mineral', 'compare ilo unicef by:country'],
  run({ words, options, query, text }, context) {
    const { t } = context;
    const read = readSides(words, t);
    if (!read.ok) return problemReply(t, 'usage', read.message, EXAMPLE, text);
    const [a, b] = read.sides;
    const by = options.by ?? read.by ?? 'area';
    if (OWN_FIELD[a.key].includes(by) && a.key === b.key)
      return problemReply(
        t,
        'usage',
        t('compare:same-field', { sides: t(SIDES[a.key]), field: fieldName(t, by) }),
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
        t,
        'usage',
        String(typeof left === 'string' ? left : right),
        EXAMPLE,
        text,
      );
    const within = (side: Side) => (side.key === 'org' ? {} : { [side.key]: [side.name] });
    const countsA = countBuckets(left, by, context, within(a));
    const countsB = countBuckets(right, by, context, within(b));
    const ordered = rowOrder(countsA, countsB, by);
    const count = (buckets: readonly Bucket[], key: string) =>
      buckets.find((bucket) => bucket.key === key)?.count ?? 0;
    const table = {
      rows: ordered,
      columns: [a.name, b.name],
      counts: ordered.map((key) => [count(countsA, key), count(countsB, key)]),
    };
    const names = { a: sideName(a, context), b: sideName(b, context) };
    const noun = typesNoun(counted, context);
    const title = t('compare:title', { ...names, noun, field: fieldName(t, by) });
    // The data keeps the corpus's names; the chart shows the reader's.
    const shown = {
      ...table,
      rows: ordered.map((key) => bucketLabel(by, key, context)),
      columns: [names.a, names.b],
    };
    const sections: Section[] = [
      {
        type: 'text',
        text: t('compare:intro', {
          ...names,
          left: countedRecords(counted, left.length, context),
          right: right.length,
          noun,
        }),
      },
      {
        type: 'chart',
        lines: compareLines(shown, [left.length, right.length], context),
        chart: {
          title,
          counted: t('compare:counted', { left: left.length, right: right.length, noun }),
          filters: chartFilters([a, b], names, query.options, context),
          // Shaded by share of each side's records: a small side stays readable beside a big one.
          data: { shape: 'table', ...shown, columnTotals: [left.length, right.length] },
        },
      },
    ];
    const reply: StatsReply = {
      kind: 'stats',
      query: text,
      title,
      by: [by],
      total: new Set([...left, ...right]).size,
      buckets: ordered.map((key) => ({ key, count: count(countsA, key) + count(countsB, key) })),
      table,
      sections,
      suggestions: [],
      shareable: true,
    };
    return reply;
  },
});

/** Areas and years in their own order; other rows by both sides' total, largest first. */
function rowOrder(countsA: readonly Bucket[], countsB: readonly Bucket[], by: StatField): string[] {
  if (by === 'area' || by === 'year') return countsA.map((bucket) => bucket.key);
  const total = (key: string) =>
    (countsA.find((bucket) => bucket.key === key)?.count ?? 0) +
    (countsB.find((bucket) => bucket.key === key)?.count ?? 0);
  return [...new Set([...countsA, ...countsB].map((bucket) => bucket.key))].sort(
    (x, y) => total(y) - total(x) || 0,
  );
}
