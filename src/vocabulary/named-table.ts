import { foldText } from '../text/fold-text.js';

// The country, region and mineral tables share one text format:
// "Name|column|alias;alias" (the mineral table has no middle column).

export interface NamedEntry {
  name: string;
  /** The middle column: a country's region, a region's parent. */
  group: string;
  aliases: string[];
}

export interface NamedTable {
  entries: readonly NamedEntry[];
  /** The entry for a canonical name or alias, compared folded. */
  find(value: string): NamedEntry | undefined;
}

export function parseNamedTable(rows: string, columns: 2 | 3): NamedTable {
  const entries: NamedEntry[] = [];
  const byFolded = new Map<string, NamedEntry>();
  for (const row of rows.split('\n')) {
    if (row.trim() === '') continue;
    const cells = row.split('|');
    const name = cells[0]?.trim() ?? '';
    const group = columns === 3 ? (cells[1]?.trim() ?? '') : '';
    const aliasCell = cells[columns - 1] ?? '';
    const aliases = aliasCell
      .split(';')
      .map((alias) => alias.trim())
      .filter(Boolean);
    const entry: NamedEntry = { name, group, aliases };
    entries.push(entry);
    for (const key of [name, ...aliases]) byFolded.set(foldText(key), entry);
  }
  return { entries, find: (value) => byFolded.get(foldText(value)) };
}
