import { createRequire } from 'node:module';

// csv-parse and csv-stringify (about twenty modules) are loaded when a
// spreadsheet is first read or written (an import, an export, a digest), so
// a search never pays for them. Both ship CommonJS builds, which `require`
// loads synchronously, as their synchronous APIs are called.

const require = createRequire(import.meta.url);

export type CsvParse = typeof import('csv-parse/sync');
export type CsvStringify = typeof import('csv-stringify/sync');

/** csv-parse's synchronous API (parse, CsvError), loaded on first use. */
export const csvParse = (): CsvParse => require('csv-parse/sync') as CsvParse;

/** csv-stringify's synchronous API, loaded on first use. */
export const csvStringify = (): CsvStringify => require('csv-stringify/sync') as CsvStringify;
