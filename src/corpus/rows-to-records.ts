import { foldText } from '../text/fold-text.js';
import { unprotectCell } from '../text/spreadsheet-cell.js';
import type { CorpusIssue } from './corpus-issue.js';
import { type CellKind, parseCell } from './csv-cells.js';
import type { CsvRowCells } from './csv-table.js';
import { normaliseNames } from './normalise-names.js';
import { describeZodIssue, valueAt } from './read-collection.js';
import { COLUMNS, columnKey, type RecordTypeName, type TypeColumns } from './record-columns.js';
import { withDefaults } from './row-defaults.js';
import type { Intervention, Report } from './schema.js';

// Rows of a spreadsheet → validated records of one type, every problem named by
// row, id and column as the spreadsheet wrote it.

export interface RowsResult {
  records: Record<string, unknown>[];
  issues: CorpusIssue[];
  /** Header cells that match no column; their cells are not imported. */
  ignored: string[];
}

const slug = (text: string) =>
  foldText(text).split(' ').slice(0, 6).join('-').slice(0, 60).replace(/-+$/, '');

export function rowsToRecords(
  type: RecordTypeName,
  header: readonly string[],
  rows: readonly CsvRowCells[],
  file: string,
): RowsResult {
  const spec = COLUMNS[type];
  const byKey = new Map(spec.columns.map(([field, kind]) => [columnKey(field), { field, kind }]));
  const fields = header.map((name) => {
    const key = columnKey(name);
    return byKey.get(key) ?? byKey.get(columnKey(spec.aliases[key] ?? ''));
  });
  const ignored = header.filter((_, index) => fields[index] === undefined);
  const missing = ['id', spec.titleField, 'sources'].filter(
    (field) => field !== 'id' && !fields.some((column) => column?.field === field),
  );
  if (missing.length > 0) {
    return {
      records: [],
      ignored,
      issues: [
        {
          file,
          message: `missing column(s) ${missing.join(', ')}; found ${header.join(', ') || 'no header'}`,
        },
      ],
    };
  }
  const issues: CorpusIssue[] = [];
  const records: Record<string, unknown>[] = [];
  const used = new Set<string>();
  for (const { line, cells } of rows) {
    const read = readCells(spec, fields, header, cells, line, file);
    const id =
      typeof read.raw.id === 'string'
        ? read.raw.id
        : slug(String(read.raw[spec.titleField] ?? '')) || `row-${line}`;
    read.raw.id = id;
    const record = withDefaults(type, read.raw, read.present, cells, fields, file);
    const parsed = spec.schema.safeParse(record);
    for (const issue of read.issues) issues.push({ ...issue, id });
    // A cell that could not be read is reported once, by its own message.
    const unread = new Set(read.issues.map((issue) => issue.path?.[0]));
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column = header[fields.findIndex((candidate) => candidate?.field === field)] ?? field;
      if (unread.has(column)) continue;
      const found = valueAt(record, issue.path);
      const rest = issue.path.slice(1).map((key) => (typeof key === 'number' ? key : String(key)));
      issues.push({
        file,
        row: line,
        id,
        path: [column, ...rest],
        message:
          found === undefined ? 'expected a value, got nothing' : describeZodIssue(issue, found),
      });
    }
    if (!parsed.success || read.issues.length > 0) continue;
    if (used.has(id)) {
      issues.push({
        file,
        row: line,
        id,
        path: ['id'],
        message: `duplicate id "${id}" in this file`,
      });
      continue;
    }
    used.add(id);
    const value = parsed.data as Record<string, unknown>;
    records.push(
      type === 'lesson'
        ? value
        : normaliseNames(value as Intervention | Report, { file, row: line, id }, issues),
    );
  }
  return { records, issues, ignored };
}

type Column = { field: string; kind: CellKind } | undefined;

/** The row's cells as field values; cells that cannot be read become issues. */
function readCells(
  spec: TypeColumns,
  fields: readonly Column[],
  header: readonly string[],
  cells: readonly string[],
  line: number,
  file: string,
) {
  const raw: Record<string, unknown> = {};
  const present = new Set<string>();
  const issues: CorpusIssue[] = [];
  fields.forEach((column, index) => {
    if (!column) return;
    present.add(column.field);
    // An export guards cells a spreadsheet would read as formulas; the guard is not the value.
    const parsed = parseCell(column.kind, unprotectCell((cells[index] ?? '').trimStart()));
    if (!parsed.ok)
      issues.push({
        file,
        row: line,
        path: [header[index] ?? column.field],
        message: parsed.message,
      });
    else if (parsed.value !== undefined)
      raw[column.field] = wordFor(spec.words[column.field], parsed.value);
  });
  return { raw, present, issues };
}

function wordFor(words: Readonly<Record<string, string>> | undefined, value: unknown): unknown {
  if (!words || typeof value !== 'string') return value;
  const folded = value.toLowerCase();
  return Object.hasOwn(words, folded) ? words[folded] : folded;
}
