import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/corpus/csv-table.js';

// The four ways the hand-written parser lost data (issue 11), then what must work.

describe('a malformed spreadsheet is refused with its line and column', () => {
  it('an unterminated quote no longer swallows the rest of the file', () => {
    const text = 'Name,Summary,Sources\nA,"unclosed,https://x.org\nB,C,https://y.org\n';
    expect(readCsvTable(text)).toEqual({
      ok: false,
      problem:
        'line 2, column 2: a quote opens and is never closed, so the rest of the file would fall into this cell; close it or double the quote ("")',
    });
  });

  it('text after a closing quote is an error, not kept', () => {
    expect(readCsvTable('Name,Summary,Sources\n"A"x,B,https://x.org\n')).toEqual({
      ok: false,
      problem:
        'line 2, column 1: text after the closing quote; put the whole cell in quotes and double any quote inside ("")',
    });
  });

  it('extra cells are an error naming the first column with no header', () => {
    expect(readCsvTable('Name,Summary\nA,B\nC,D,E\n')).toEqual({
      ok: false,
      problem:
        'line 3, column 3: 3 cells where the header has 2; quote a cell that holds the separator',
    });
  });

  it('`A, "x, y"` splits after A: the space before the quote is not part of the cell', () => {
    expect(readCsvTable('Name,Summary\nA, "x, y"\n')).toEqual({
      ok: true,
      header: ['Name', 'Summary'],
      rows: [{ line: 2, cells: ['A', 'x, y'] }],
    });
  });
});

describe('what spreadsheets export is read as written', () => {
  it('a BOM, ";" as separator, quoted separators and quoted line breaks', () => {
    const text = '\ufeffName;Summary;Sources\r\n"A; one";"two\r\nlines";https://x.org\r\nB;C;D\r\n';
    expect(readCsvTable(text)).toEqual({
      ok: true,
      header: ['Name', 'Summary', 'Sources'],
      rows: [
        { line: 2, cells: ['A; one', 'two\nlines', 'https://x.org'] },
        { line: 4, cells: ['B', 'C', 'D'] },
      ],
    });
  });

  it('"," as separator with doubled quotes inside a quoted cell', () => {
    const table = readCsvTable('Name,Summary\n"Safety clubs, pilot","A ""trained"" miner"\n');
    expect(table.ok && table.rows[0]?.cells).toEqual(['Safety clubs, pilot', 'A "trained" miner']);
  });
});
