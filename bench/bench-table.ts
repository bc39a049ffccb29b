// One bench table: rows of measurements beside the targets, rendered
// as Markdown (readable in a terminal too), with the verdict for each target.

export interface Row {
  measure: string;
  records: string;
  assay: string;
  peer?: string;
  ratio?: string;
  target?: string;
  status?: string;
}

const HEADER: Row = {
  measure: 'Measure',
  records: 'Records',
  assay: 'Assay',
  peer: 'MiniSearch',
  ratio: 'Assay ÷ MiniSearch',
  target: 'Target',
  status: 'Status',
};
const COLUMNS = ['measure', 'records', 'assay', 'peer', 'ratio', 'target', 'status'] as const;

export function renderTable(rows: readonly Row[]): string {
  const all = [HEADER, ...rows];
  const widths = COLUMNS.map((column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: Row) =>
    `| ${COLUMNS.map((column, i) => (row[column] ?? '').padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(HEADER), rule, ...rows.map(line)].join('\n');
}

/** 0.042, 3.21, 45.6, 812 */
export function num(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 10) return value.toFixed(value < 1 ? 3 : 2);
  return value < 100 ? value.toFixed(1) : value.toFixed(0);
}

export const spreadText = (s: { median: number; p95: number; max: number }) =>
  `${num(s.median)} / ${num(s.p95)} / ${num(s.max)}`;

export function ratio(assay: number, peer: number): string {
  return Number.isFinite(assay) && Number.isFinite(peer) && peer > 0 ? `${num(assay / peer)}×` : '';
}

export function atMost(value: number, limit: number, unit: string): string {
  if (!Number.isFinite(value)) return 'not measured';
  if (value <= limit) return 'met';
  const over = value - limit;
  return `missed by ${num(over)} ${unit} (${Math.round((over / limit) * 100)}% over)`;
}

export function atLeast(value: number, limit: number, unit: string): string {
  if (!Number.isFinite(value)) return 'not measured';
  if (value >= limit) return 'met';
  return `missed by ${num(limit - value)}${unit}`;
}

/** "met" when every part is met, else the parts that are not. */
export function allOf(...verdicts: string[]): string {
  const missed = verdicts.filter((verdict) => verdict !== 'met');
  return missed.length === 0 ? 'met' : missed.join('; ');
}

export const isMissed = (row: Row): boolean =>
  row.status !== undefined && row.status !== 'met' && row.status !== '';
