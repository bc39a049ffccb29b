import type { CsvError } from 'csv-parse/sync';
import { csvParse } from '../text/load-csv.js';

// A spreadsheet export read with csv-parse: a BOM, "," or ";" as separator,
// quoted separators and line breaks. A malformed row stops the read with its
// line and column, so nothing half-read is ever imported.

export interface CsvRowCells {
  /** The 1-based line where the row starts. */
  line: number;
  cells: string[];
}

export type CsvTable =
  | { ok: true; header: string[]; rows: CsvRowCells[] }
  | { ok: false; problem: string };

/** The separator the header line uses most, outside quotes. */
export function detectSeparator(text: string): ',' | ';' {
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const outside = header.replace(/"[^"]*"/g, '');
  const count = (char: string) => outside.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const lineOf = (text: string, offset: number): number => {
  const before = Buffer.from(text, 'utf8').subarray(0, offset).toString('utf8');
  return before.split('\n').length;
};

type Located = CsvError & { lines: number; column?: number; bytes_records?: number };

/** What went wrong, for a person with a spreadsheet open. */
function describe(error: Located, text: string): string {
  const column = error.column;
  const at = (line: number) =>
    column === undefined ? `line ${line}` : `line ${line}, column ${column + 1}`;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      // The row starts after the last complete record; that is where the quote opened.
      const start = lineOf(text, error.bytes_records ?? 0);
      return `${at(start)}: a quote opens and is never closed, so the rest of the file would fall into this cell; close it or double the quote ("")`;
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${at(error.lines)}: text after the closing quote; put the whole cell in quotes and double any quote inside ("")`;
    case 'INVALID_OPENING_QUOTE':
      return `${at(error.lines)}: a quote inside a cell that is not quoted; quote the whole cell and double the quote ("")`;
    default:
      return `line ${error.lines}: ${error.message}`;
  }
}

export function readCsvTable(input: string): CsvTable {
  // One kind of line break, so line numbers count the way an editor shows them.
  const text = input.replace(/\r\n/g, '\n');
  let records: { record: string[]; info: { lines: number; raw?: string } }[];
  const { parse, CsvError } = csvParse();
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectSeparator(text),
      trim: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      // Row widths are checked below, with a message that names the line.
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problem: describe(error as Located, text) };
    throw error;
  }
  const [first, ...rest] = records;
  if (!first) return { ok: false, problem: 'line 1: the file is empty; expected a header row' };
  const header = first.record;
  const rows = rest.map(({ record, info }) => ({
    // `lines` is where the row ends; a quoted line break makes it start earlier.
    line: info.lines - ((info.raw ?? '').replace(/\r?\n$/, '').split('\n').length - 1),
    cells: record,
  }));
  const width = rows.find((row) => row.cells.length !== header.length);
  if (width) {
    const extra = width.cells.length > header.length;
    const where = extra ? `line ${width.line}, column ${header.length + 1}` : `line ${width.line}`;
    return {
      ok: false,
      problem: `${where}: ${width.cells.length} cells where the header has ${header.length}; quote a cell that holds the separator`,
    };
  }
  return { ok: true, header, rows };
}
