// RFC 4180 CSV as spreadsheets export it: commas or semicolons, "quoted"
// fields with "" for a quote, line breaks inside quotes, CRLF or LF, a BOM.

export interface CsvTable {
  header: string[];
  /** Each row keyed by header cell, with its 1-based line number in the file. */
  rows: { line: number; cells: Record<string, string> }[];
}

function detectDelimiter(firstLine: string): ',' | ';' | '\t' {
  const count = (char: string) => firstLine.split(char).length - 1;
  const tabs = count('\t');
  const semicolons = count(';');
  const commas = count(',');
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

function splitRecords(text: string, delimiter: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else if (char === '\r' && text[i + 1] === '\n') continue;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += char;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records.filter((record) => record.fields.some((cell) => cell.trim() !== ''));
}

/** Header names compared loosely: "Start year", "start_year" and "startYear" are one column. */
export function columnKey(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function parseCsv(input: string): CsvTable {
  const text = input.replace(/^\ufeff/, '');
  const delimiter = detectDelimiter(text.slice(0, text.search(/\r?\n|$/)));
  const [head, ...body] = splitRecords(text, delimiter);
  const header = (head?.fields ?? []).map((cell) => cell.trim());
  const rows = body.map(({ line, fields }) => {
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      cells[columnKey(name)] = (fields[index] ?? '').trim();
    });
    return { line, cells };
  });
  return { header, rows };
}
