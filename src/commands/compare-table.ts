import { shorten } from './record-item.js';

// The compare table in narrow text: it must read on a phone, so no line is
// longer than PHONE_WIDTH and each side is "count share%".

export const PHONE_WIDTH = 40;
const CELL = 9;
const LABEL = PHONE_WIDTH - 2 * (CELL + 1);
const MAX_ROWS = 15;

const percent = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 100));

function cell(count: number, of: number): string {
  return `${count} ${String(percent(count, of)).padStart(3)}%`.padStart(CELL);
}

export function compareLines(
  table: { rows: string[]; columns: string[]; counts: number[][] },
  totals: readonly [number, number],
): string[] {
  const head = (name: string) => shorten(name, CELL).padStart(CELL);
  const lines = [
    `${''.padEnd(LABEL)} ${head(table.columns[0] ?? '')} ${head(table.columns[1] ?? '')}`,
    `${'all'.padEnd(LABEL)} ${String(totals[0]).padStart(CELL)} ${String(totals[1]).padStart(CELL)}`,
  ];
  table.rows.slice(0, MAX_ROWS).forEach((row, at) => {
    const [a = 0, b = 0] = table.counts[at] ?? [];
    lines.push(`${shorten(row, LABEL).padEnd(LABEL)} ${cell(a, totals[0])} ${cell(b, totals[1])}`);
  });
  if (table.rows.length > MAX_ROWS) lines.push(`… and ${table.rows.length - MAX_ROWS} more rows`);
  return lines;
}
