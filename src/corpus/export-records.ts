import { csvStringify } from '../text/load-csv.js';
import { protectCell } from '../text/spreadsheet-cell.js';
import type { Corpus } from './corpus.js';
import { formatCell } from './csv-cells.js';
import { MANIFEST_FILE } from './read-manifest.js';
import { COLUMNS, type RecordTypeName } from './record-columns.js';

// A corpus → files a facilitator can open: one CSV per record type (the same
// columns `corpus import` reads) or the corpus's own JSON.

export type ExportFormat = 'csv' | 'json';

/** One record type as CSV: header, then a row per record, every field (none read as a formula). */
export function recordsToCsv(type: RecordTypeName, records: readonly object[]): string {
  const columns = COLUMNS[type].columns;
  const rows = records.map((record) =>
    columns.map(([field, kind]) =>
      protectCell(formatCell(kind, (record as Record<string, unknown>)[field])),
    ),
  );
  // A BOM so spreadsheet programs read the file as UTF-8.
  return csvStringify().stringify([columns.map(([field]) => field), ...rows], {
    bom: true,
    record_delimiter: 'unix',
  });
}

/** The files of an export, by name. */
export function exportFiles(
  corpus: Corpus,
  format: ExportFormat,
  types: readonly RecordTypeName[],
): Map<string, string> {
  const files = new Map<string, string>();
  for (const type of types) {
    const { file } = COLUMNS[type];
    const records = corpus[file];
    files.set(
      `${file}.${format}`,
      format === 'csv' ? recordsToCsv(type, records) : `${JSON.stringify(records, null, 2)}\n`,
    );
  }
  if (format === 'json') {
    files.set('areas.json', `${JSON.stringify(corpus.areas, null, 2)}\n`);
    if (corpus.date)
      files.set(MANIFEST_FILE, `${JSON.stringify({ date: corpus.date }, null, 2)}\n`);
  }
  return files;
}
