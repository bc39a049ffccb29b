import { ENGLISH, type Wording } from '../i18n/value-names.js';
import type { Bucket } from '../reply.js';
import { shorten } from './record-item.js';

// Monospace charts: the same lines in a Slack code block, a Discord code block
// and a terminal. Labels come already in the reader's words (bucket-labels.ts);
// counts are written as the reader's locale writes numbers.

const BAR_WIDTH = 20;
const LABEL_WIDTH = 32;
const MAX_ROWS = 15;
const MAX_COLUMNS = 6;
const MAX_NUMBERED_COLUMNS = 9;

const numberFormat = (wording: Wording) => new Intl.NumberFormat(wording.locale);

/** "… and 3 more" under a list cut short. */
export function moreLine(count: number, { t }: Wording): string {
  return t('charts:left-out', { list: t('charts:more', { count }) });
}

export function barChart(buckets: readonly Bucket[], wording: Wording = ENGLISH): string[] {
  const shown = buckets.slice(0, MAX_ROWS);
  const format = numberFormat(wording);
  const widest = Math.max(1, ...shown.map((bucket) => bucket.count));
  const labelWidth = Math.min(LABEL_WIDTH, Math.max(...shown.map((bucket) => bucket.key.length)));
  const countWidth = Math.max(...shown.map((bucket) => format.format(bucket.count).length));
  const lines = shown.map((bucket) => {
    const length =
      bucket.count === 0 ? 0 : Math.max(1, Math.round((bucket.count / widest) * BAR_WIDTH));
    const label = shorten(bucket.key, labelWidth).padEnd(labelWidth);
    return `${label} ${format.format(bucket.count).padStart(countWidth)} ${'█'.repeat(length)}`;
  });
  if (buckets.length > shown.length) lines.push(moreLine(buckets.length - shown.length, wording));
  return lines;
}

/** A numbered column ("3 Education and awareness") is headed by its number alone, so nine fit. */
const columnHead = (column: string): string => /^\d+(?= )/.exec(column)?.[0] ?? shorten(column, 12);

export function crossTable(
  table: { rows: string[]; columns: string[]; counts: number[][] },
  wording: Wording = ENGLISH,
): string[] {
  const { t } = wording;
  const format = numberFormat(wording);
  const numbered = table.columns.every((column) => /^\d+ /.test(column));
  const columns = table.columns.slice(0, numbered ? MAX_NUMBERED_COLUMNS : MAX_COLUMNS);
  const rows = table.rows.slice(0, MAX_ROWS);
  const labelWidth = Math.min(22, Math.max(...rows.map((row) => row.length), 4));
  const width = (column: string) => Math.max(4, columnHead(column).length);
  const header = `${''.padEnd(labelWidth)} ${columns.map((column) => columnHead(column).padStart(width(column))).join(' ')}`;
  const lines = [header];
  rows.forEach((row, r) => {
    const cells = columns.map((column, c) =>
      format.format(table.counts[r]?.[c] ?? 0).padStart(width(column)),
    );
    lines.push(`${shorten(row, labelWidth).padEnd(labelWidth)} ${cells.join(' ')}`);
  });
  const hidden = [
    table.rows.length > rows.length
      ? t('charts:more-rows', { count: table.rows.length - rows.length })
      : '',
    table.columns.length > columns.length
      ? t('charts:more-columns', { count: table.columns.length - columns.length })
      : '',
  ].filter(Boolean);
  if (hidden.length > 0) lines.push(t('charts:left-out', { list: hidden.join(', ') }));
  return lines;
}
