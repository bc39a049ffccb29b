import type { CellKind } from './csv-cells.js';
import type { RecordTypeName } from './record-columns.js';

// What a row leaves out gets the value a facilitator would expect: a list column
// that is missing is empty, a missing year is not known, and the notes every
// intervention needs say where the record came from.

type Column = { field: string; kind: CellKind } | undefined;

const LIST_KINDS = new Set<CellKind>(['list', 'numbers', 'actors', 'places']);

export function withDefaults(
  type: RecordTypeName,
  raw: Record<string, unknown>,
  present: ReadonlySet<string>,
  cells: readonly string[],
  columns: readonly Column[],
  file: string,
): Record<string, unknown> {
  const record = { ...raw };
  // A list or year column that is there but empty is an empty list, or no year.
  columns.forEach((column) => {
    if (!column || record[column.field] !== undefined) return;
    if (LIST_KINDS.has(column.kind)) record[column.field] = [];
    if (column.kind === 'year') record[column.field] = null;
  });
  const cellOf = (field: string) =>
    cells[columns.findIndex((column) => column?.field === field)] ?? '';
  const fill = (field: string, value: unknown) => {
    if (record[field] === undefined && !present.has(field)) record[field] = value;
  };
  fill('confidence', 'medium');
  if (type === 'lesson') {
    fill('mentions', []);
    return record;
  }
  for (const field of ['countries', 'regions', 'minerals', 'tags', 'related']) fill(field, []);
  if (type === 'report') {
    fill('topics', []);
    fill('year', null);
    return record;
  }
  const asWritten = (field: string) =>
    cellOf(field)
      .split(/;|\r?\n/)
      .map((part) => part.trim())
      .filter(Boolean);
  fill('placesAsWritten', asWritten('countries'));
  fill('mineralsAsWritten', asWritten('minerals'));
  for (const field of ['organisations', 'donors', 'areas']) fill(field, []);
  fill('startYear', null);
  fill('endYear', null);
  fill('kind', 'project');
  fill('status', 'unknown');
  // Text the schema needs: an empty cell takes the default too.
  record.statusNote ??= `${String(record.status)} (as given in ${file})`;
  record.areasBasis ??= `as given in the imported spreadsheet ${file}`;
  record.iloReportCoverage ??= `not checked: imported from ${file}`;
  return record;
}
