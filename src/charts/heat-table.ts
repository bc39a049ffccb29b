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
// value of the second, each cell shaded by its count and labelled with it.
// Numbered columns ("3 Education and awareness") are headed by their number
// with a key underneath; other heads are set at 45 degrees so names stay
// readable in narrow columns.

type Table = { rows: string[]; columns: string[]; counts: number[][] };

const ROW_HEIGHT = 26;
const CELL_GAP = 2;
const CELL = { size: 13 } as const;
const HEAD = { size: 13, fill: '#4a5568' } as const;
const SLANTED_HEAD_LENGTH = 96;
/** A slanted head leans right past its column: the last one needs this much room. */
const SLANT_OVERHANG = 44;

interface Grid {
  left: number;
  cellWidth: number;
  headHeight: number;
  numbered: boolean;
}

/** Light to dark blue: the share of the largest count sets the shade. */
function shade(share: number): string {
  const from = [235, 244, 255];
  const to = [30, 78, 140];
  const mix = from.map((start, index) => Math.round(start + ((to[index] ?? 0) - start) * share));
  return `rgb(${mix.join(',')})`;
}

const more = (count: number, noun: string): string =>
  count > 0 ? `${count} more ${noun}${count === 1 ? '' : 's'}` : '';

function columnHead(column: string, c: number, grid: Grid): string {
  const x = grid.left + c * grid.cellWidth + grid.cellWidth / 2;
  const y = grid.headHeight - 6;
  if (grid.numbered)
    return svgText(x, y, /^\d+/.exec(column)?.[0] ?? column, { ...HEAD, anchor: 'middle' });
  const text = fitText(column, SLANTED_HEAD_LENGTH, HEAD);
  return svgText(x - 4, y, text, HEAD, `transform="rotate(-45 ${round(x - 4)} ${round(y)})"`);
}

function cell(count: number, largest: number, top: number, c: number, grid: Grid): string {
  const share = count / largest;
  const x = grid.left + c * grid.cellWidth;
  const width = grid.cellWidth - CELL_GAP;
  const fill = count === 0 ? '#f7fafc' : shade(share);
  const rect = `<rect x="${round(x)}" y="${top + 1}" width="${round(width)}" height="${ROW_HEIGHT - CELL_GAP}" fill="${fill}"/>`;
  if (count === 0) return rect;
  const ink = share > 0.55 ? '#ffffff' : '#1a202c';
  const style = { ...CELL, anchor: 'middle', fill: ink } as const;
  return rect + svgText(x + width / 2, top + ROW_HEIGHT / 2 + 5, String(count), style);
}

export function heatTable(table: Table): ChartBody {
  const numbered = table.columns.every((column) => /^\d+ /.test(column));
  const columns = table.columns.slice(0, numbered ? MAX_NUMBERED_COLUMNS : MAX_COLUMNS);
  const rows = table.rows.slice(0, MAX_ROWS);
  const largest = Math.max(1, ...rows.flatMap((_, r) => table.counts[r] ?? []));
  const labelWidth = Math.min(
    INNER_WIDTH * 0.38,
    Math.max(...rows.map((row) => measure(row, LABEL))),
  );
  const room = INNER_WIDTH - labelWidth - 6 - (numbered ? 0 : SLANT_OVERHANG);
  const grid: Grid = {
    left: labelWidth + 6,
    cellWidth: Math.min(64, room / Math.max(1, columns.length)),
    headHeight: numbered ? 22 : SLANTED_HEAD_LENGTH * Math.SQRT1_2 + 10,
    numbered,
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
    return (
      label + columns.map((_, c) => cell(table.counts[r]?.[c] ?? 0, largest, top, c, grid)).join('')
    );
  });
  const hidden = [
    more(table.rows.length - rows.length, 'row'),
    more(table.columns.length - columns.length, 'column'),
  ].filter(Boolean);
  return {
    svg: heads.join('') + body.join(''),
    height: grid.headHeight + rows.length * ROW_HEIGHT,
    hidden,
    ...(numbered ? { legend: columns.join(' · ') } : {}),
  };
}
