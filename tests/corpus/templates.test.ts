import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/corpus/csv-table.js';
import { recordsToCsv } from '../../src/corpus/export-records.js';
import { rowsToRecords } from '../../src/corpus/rows-to-records.js';
import { loadCorpus, RECORD_TYPES, shippedCorpusDir } from '../../src/index.js';

// corpus/templates/: one CSV per record type, the export's header and one real record.

describe('the import templates', () => {
  const shipped = loadCorpus(shippedCorpusDir());
  if (!shipped.ok) throw new Error('the shipped corpus must load');

  for (const type of RECORD_TYPES) {
    it(`${type}s.csv has the export's columns and one row that reads as a shipped record`, () => {
      const text = readFileSync(join(shippedCorpusDir(), 'templates', `${type}s.csv`), 'utf8');
      const table = readCsvTable(text);
      if (!table.ok) throw new Error(table.problem);
      expect(text.split('\n')[0]).toBe(recordsToCsv(type, []).trimEnd());
      expect(table.rows).toHaveLength(1);
      const read = rowsToRecords(type, table.header, table.rows, `${type}s.csv`);
      expect(read.issues).toEqual([]);
      const record = read.records[0] as { id: string };
      expect(shipped.corpus.byId.has(record.id)).toBe(true);
    });
  }
});
