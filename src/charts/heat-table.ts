import { DEFAULT_LOCALE, type Translate, translatorFor } from '../i18n/index.js';
import {
  type ChartBody,
  INNER_WIDTH,
  LABEL,
  MAX_COLUMNS,
  MAX_NUMBERED_COLUMNS,
  MAX_ROWS,
} from './chart-layout.js';
import { fitText, measure, round, svgText } from './svg-text.js';

// Two fields as a heat-map table: a row per value of the first, a column per
// value of the second, each cell shaded by its count and labelled with it. With
// column totals (compare's two sides), a cell is shaded by its share of its
// column's total instead and labelled with count and share, so a side of 17
// reads beside a side of 62.
// Numbered columns ("3 Education and awareness") are headed by their number
// with a key underneath; other heads are set at 45 degrees so names stay
// readable in narrow columns.

type Table = { rows: string[]; columns: string[]; counts: number[][]; columnTotals?: number[] };

const ROW_HEIGHT = 26;
const CELL_GAP = 2;
const CELL = { size: 13 } as const;
const CELL_WIDTH = 64;
/** A share cell says "12 · 40%": wider. */
const SHARE_CELL_WIDTH = 96;
const HEAD = { size: 13, fill: '#4a5568' } as const;
const SLANTED_HEAD_LENGTH = 96;
/** A slanted head leans right past its column: the last one needs this much room. */
const SLANT_OVERHANG = 44;

interface Grid {
  left: number;
  cellWidth: number;
  headHeight: number;
  numbered: boolean;
  /** What sets a cell's shade, 0–1, from its count and column. */
  weight: (count: number, column: number) => number;
  label: (count: number, column: number) => string;
}

/** Light to dark blue: 0 is the lightest, 1 the darkest. */
function shade(share: number): string {
  const from = [235, 244, 255];
  const to = [30, 78, 140];
  const mix = from.map((start, index) => Math.round(start + ((to[index] ?? 0) - start) * share));
  return `rgb(${mix.join(',')})`;
}

function columnHead(column: string, c: number, grid: Grid): string {
  const x = grid.left + c * grid.cellWidth + grid.cellWidth / 2;
  const y = grid.headHeight - 6;
  if (grid.numbered)
    return svgText(x, y, /^\d+/.exec(column)?.[0] ?? column, { ...HEAD, anchor: 'middle' });
  const text = fitText(column, SLANTED_HEAD_LENGTH, HEAD);
  return svgText(x - 4, y, text, HEAD, `transform="rotate(-45 ${round(x - 4)} ${round(y)})"`);
}

function cell(count: number, top: number, c: number, grid: Grid): string {
  const weight = grid.weight(count, c);
  const x = grid.left + c * grid.cellWidth;
  const width = grid.cellWidth - CELL_GAP;
  const fill = count === 0 ? '#f7fafc' : shade(weight);
  const rect = `<rect x="${round(x)}" y="${top + 1}" width="${round(width)}" height="${ROW_HEIGHT - CELL_GAP}" fill="${fill}"/>`;
  if (count === 0) return rect;
  const ink = weight > 0.55 ? '#ffffff' : '#1a202c';
  const style = { ...CELL, anchor: 'middle', fill: ink } as const;
  return rect + svgText(x + width / 2, top + ROW_HEIGHT / 2 + 5, grid.label(count, c), style);
}

const percent = (count: number, total: number) =>
  total > 0 ? Math.round((count / total) * 100) : 0;

/** Shade by count (the largest is darkest), or by share of the column's total (the largest share is). */
function shading(
  table: Table,
  rows: number,
  columns: number,
  t: Translate,
): Pick<Grid, 'weight' | 'label'> {
  const number = (count: number) => t('charts:number', { count });
  const cells = table.counts.slice(0, rows).map((row) => row.slice(0, columns));
  const totals = table.columnTotals;
  if (!totals) {
    const largest = Math.max(1, ...cells.flat());
    return { weight: (count) => count / largest, label: number };
  }
  const share = (count: number, c: number) => ((totals[c] ?? 0) > 0 ? count / (totals[c] ?? 1) : 0);
  const largest = Math.max(...cells.flatMap((row) => row.map((count, c) => share(count, c))));
  return {
    weight: (count, c) => (largest > 0 ? share(count, c) / largest : 0),
    label: (count, c) => `${number(count)} · ${percent(count, totals[c] ?? 0)}%`,
  };
}

/** The key under a share-shaded table: what the shade means and each column's total. */
function shareLegend(columns: readonly string[], totals: readonly number[], t: Translate): string {
  const sizes = columns
    .map((column, c) => `${column} ${t('charts:number', { count: totals[c] ?? 0 })}`)
    .join(', ');
  return t('charts:share-legend', { sizes });
}

export function heatTable(table: Table, t: Translate = translatorFor(DEFAULT_LOCALE)): ChartBody {
  const numbered = table.columns.every((column) => /^\d+ /.test(column));
  const columns = table.columns.slice(0, numbered ? MAX_NUMBERED_COLUMNS : MAX_COLUMNS);
  const rows = table.rows.slice(0, MAX_ROWS);
  const labelWidth = Math.min(
    INNER_WIDTH * 0.38,
    Math.max(...rows.map((row) => measure(row, LABEL))),
  );
  const room = INNER_WIDTH - labelWidth - 6 - (numbered ? 0 : SLANT_OVERHANG);
  const grid: Grid = {
    left: labelWidth + 6,
    cellWidth: Math.min(
      table.columnTotals ? SHARE_CELL_WIDTH : CELL_WIDTH,
      room / Math.max(1, columns.length),
    ),
    headHeight: numbered ? 22 : SLANTED_HEAD_LENGTH * Math.SQRT1_2 + 10,
    numbered,
    ...shading(table, rows.length, columns.length, t),
  };
  const heads = columns.map((column, c) => columnHead(column, c, grid));
  const body = rows.map((row, r) => {
    const top = grid.headHeight + r * ROW_HEIGHT;
    const label = svgText(
      0,
      top + ROW_HEIGHT / 2 + LABEL.size * 0.35,
      fitText(row, labelWidth, LABEL),
      LABEL,
    );
    return label + columns.map((_, c) => cell(table.counts[r]?.[c] ?? 0, top, c, grid)).join('');
  });
  const hiddenRows = table.rows.length - rows.length;
  const hiddenColumns = table.columns.length - columns.length;
  const hidden = [
    hiddenRows > 0 ? t('charts:more-rows', { count: hiddenRows }) : '',
    hiddenColumns > 0 ? t('charts:more-columns', { count: hiddenColumns }) : '',
  ].filter(Boolean);
  const legend = [
    numbered ? columns.join(' · ') : '',
    table.columnTotals ? shareLegend(columns, table.columnTotals, t) : '',
  ].filter(Boolean);
  return {
    svg: heads.join('') + body.join(''),
    height: grid.headHeight + rows.length * ROW_HEIGHT,
    hidden,
    ...(legend.length > 0 ? { legend: legend.join(' — ') } : {}),
  };
}
