import { importCsv, shippedCorpusDir } from '../../src/index.js';

export const DEFAULT_IMPORT_DIR = 'my-corpus';

/** `assay corpus import <file.csv> [dir]`: adds a spreadsheet's projects to a corpus folder. */
export function importCsvCommand(csvPath: string | undefined, dir = DEFAULT_IMPORT_DIR): number {
  if (!csvPath) {
    process.stderr.write(
      'Name the spreadsheet to import (CSV, one project a row; columns: name, summary, sources, and any of\n' +
        'acronym, kind, organisations, donors, countries, regions, minerals, start year, end year, status, areas, tags).\n' +
        'Example: assay corpus import projects.csv my-corpus\n',
    );
    return 2;
  }
  const result = importCsv(csvPath, dir, shippedCorpusDir());
  if (!result.ok) {
    process.stderr.write(
      `${result.problems.join('\n')}\n\nNothing was written. Fix the rows above and import again.\n`,
    );
    return 1;
  }
  const lines = [
    `${result.created ? 'Created' : 'Updated'} ${dir}: ${result.added} added, ${result.updated} updated, ${result.total} interventions in all.`,
  ];
  if (result.ignoredColumns.length > 0)
    lines.push(`Columns not used: ${result.ignoredColumns.join(', ')}.`);
  lines.push(`Serve it with: ASSAY_CORPUS=${dir} npm start`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
