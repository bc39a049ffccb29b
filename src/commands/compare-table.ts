import { ENGLISH, type Wording } from '../i18n/value-names.js';
import { shorten } from './record-item.js';

// The compare table in narrow text: it must read on a phone, so no line is
// longer than PHONE_WIDTH and each side is "count share%".

export const PHONE_WIDTH = 40;
const CELL = 9;
const LABEL = PHONE_WIDTH - 2 * (CELL + 1);
const MAX_ROWS = 15;

const percent = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 100));

export function compareLines(
  table: { rows: string[]; columns: string[]; counts: number[][] },
  totals: readonly [number, number],
  wording: Wording = ENGLISH,
): string[] {
  const { t } = wording;
  const format = new Intl.NumberFormat(wording.locale);
  const cell = (count: number, of: number) =>
    `${format.format(count)} ${String(percent(count, of)).padStart(3)}%`.padStart(CELL);
  const head = (name: string) => shorten(name, CELL).padStart(CELL);
  const total = (count: number) => format.format(count).padStart(CELL);
  const lines = [
    `${''.padEnd(LABEL)} ${head(table.columns[0] ?? '')} ${head(table.columns[1] ?? '')}`,
    `${shorten(t('compare:all'), LABEL).padEnd(LABEL)} ${total(totals[0])} ${total(totals[1])}`,
  ];
  table.rows.slice(0, MAX_ROWS).forEach((row, at) => {
    const [a = 0, b = 0] = table.counts[at] ?? [];
    lines.push(`${shorten(row, LABEL).padEnd(LABEL)} ${cell(a, totals[0])} ${cell(b, totals[1])}`);
  });
  if (table.rows.length > MAX_ROWS)
    lines.push(
      t('charts:left-out', {
        list: t('charts:more-rows', { count: table.rows.length - MAX_ROWS }),
      }),
    );
  return lines;
}
