import { describe, expect, it } from 'vitest';
import { protectCell, unprotectCell } from '../../src/text/spreadsheet-cell.js';

describe('a CSV cell a spreadsheet could read as a formula', () => {
  it('gets an apostrophe first when it starts with =, +, -, @, a tab or a carriage return', () => {
    expect(protectCell('=HYPERLINK("http://example.org","x")')).toBe(
      `'=HYPERLINK("http://example.org","x")`,
    );
    for (const start of ['+', '-', '@', '\t', '\r'])
      expect(protectCell(`${start}1`)).toBe(`'${start}1`);
    for (const safe of ['Ghana', "'quoted", '2019', 'a - b', ''])
      expect(protectCell(safe)).toBe(safe);
  });

  it('reads back to the value exactly, apostrophes of its own included', () => {
    const values = ['=1+1', '-5', "'=already guarded", "''@two", "'plain", 'plain', '@', "'"];
    for (const value of values) expect(unprotectCell(protectCell(value)), value).toBe(value);
  });

  it('reads a guarded cell typed by hand as the text after the apostrophe', () => {
    expect(unprotectCell("'-10% since 2019")).toBe('-10% since 2019');
    expect(unprotectCell('=typed without a guard')).toBe('=typed without a guard');
  });
});
