import { DEFAULT_LOCALE, type Locale, type Translate, translatorFor } from '../i18n/index.js';
import type { Bucket, ChartSpec } from '../reply.js';

// A text chart for a phone's width (about 40 monospace characters): bars with
// shorter labels and bars; a table too wide to fit becomes, per row, its
// largest cells as a short list ("gold: #4 (44) · #8 (32) · #5 (18)").

export const PHONE_WIDTH = 40;
const MAX_ROWS = 15;
const TOP_CELLS = 3;
const BAR_LABEL = 16;
const COLUMN_NAME = 14;

const moreLine = (count: number, t: Translate): string =>
  t('charts:left-out', { list: t('charts:more', { count }) });

const cut = (text: string, width: number): string =>
  text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1)).trimEnd()}…`;

function narrowBars(bars: readonly Bucket[], width: number, rows: number, t: Translate): string[] {
  const shown = bars.slice(0, rows);
  const largest = Math.max(1, ...shown.map((bar) => bar.count));
  const labelWidth = Math.min(BAR_LABEL, Math.max(...shown.map((bar) => bar.key.length)));
  const countWidth = String(largest).length;
  const barWidth = Math.max(4, width - labelWidth - countWidth - 2);
  const lines = shown.map((bar) => {
    const length = bar.count === 0 ? 0 : Math.max(1, Math.round((bar.count / largest) * barWidth));
    const label = cut(bar.key, labelWidth).padEnd(labelWidth);
    return `${label} ${String(bar.count).padStart(countWidth)} ${'█'.repeat(length)}`;
  });
  if (bars.length > shown.length) lines.push(moreLine(bars.length - shown.length, t));
  return lines;
}

/** A numbered column ("3 Education and awareness") is named by its number, "#3". */
const columnName = (column: string): string => {
  const number = /^\d+(?= )/.exec(column)?.[0];
  return number ? `#${number}` : cut(column, COLUMN_NAME);
};

function topCells(
  table: Extract<ChartSpec['data'], { shape: 'table' }>,
  width: number,
  t: Translate,
): string[] {
  const rows = table.rows.slice(0, MAX_ROWS);
  const lines = rows.flatMap((row, r) => {
    const cells = table.columns
      .map((column, c) => ({ column, count: table.counts[r]?.[c] ?? 0 }))
      .filter((cell) => cell.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, TOP_CELLS)
      .map((cell) => `${columnName(cell.column)} (${cell.count})`);
    const none = t('charts:none');
    const list = cells.length > 0 ? cells.join(' · ') : none;
    const line = `${row}: ${list}`;
    return line.length <= width
      ? [line]
      : [cut(row, width), `  ${fitCells(cells, width - 2, none)}`];
  });
  if (table.rows.length > rows.length) lines.push(moreLine(table.rows.length - rows.length, t));
  return lines;
}

/** As many whole cells as fit `width` (at least the largest, shortened if it must be). */
function fitCells(cells: readonly string[], width: number, none: string): string {
  let list = cut(cells[0] ?? none, width);
  for (const cell of cells.slice(1)) {
    if (list.length + 3 + cell.length > width) break;
    list = `${list} · ${cell}`;
  }
  return list;
}

/** The chart's text lines when they fit `width`, else the narrow version drawn from its data. */
export function narrowChartLines(
  lines: readonly string[],
  chart: ChartSpec | undefined,
  width = PHONE_WIDTH,
  locale: Locale = DEFAULT_LOCALE,
): string[] {
  const t = translatorFor(locale);
  if (!chart || lines.every((line) => line.length <= width)) return [...lines];
  // As many bars as the text chart shows (a brief shows its top five).
  const rows = Math.min(MAX_ROWS, lines.filter((line) => !line.startsWith('…')).length);
  return chart.data.shape === 'bars'
    ? narrowBars(chart.data.bars, width, rows, t)
    : topCells(chart.data, width, t);
}
