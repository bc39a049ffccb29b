// A spreadsheet reads a cell that starts with =, +, - or @ (or a tab or carriage return, which
// some drop before looking) as a formula: text from the corpus or a meeting must stay text in a
// CSV. The usual guard is a leading apostrophe, which spreadsheets take as "text follows".
// A cell that already starts with apostrophes before such a character gets one more, so that
// reading it back (one apostrophe off) gives the value exactly.

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell for `text`, with an apostrophe first when a spreadsheet would read a formula. */
export function protectCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The value a protected cell stands for (a cell that needed no guard reads as it is). */
export function unprotectCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
