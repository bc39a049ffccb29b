import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/corpus/parse-csv.js';
import { importCsv, loadCorpus } from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

const work = mkdtempSync(join(tmpdir(), 'assay-import-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function csvFile(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const GOOD = [
  'Name,Acronym,Kind,Organisations,Donors,Countries,Minerals,Start year,End year,Status,Status as of,Areas,Summary,Sources,Colour',
  '"Safety clubs, pilot",SCP,project,International Labour Organization (ILO); Pact (partner),,"Ghana (Ashanti); Ivory Coast",gold; coltan,2021,2023,completed,2023-06,3;9,"A pilot that ""trains"" miners.',
  'Second line.",https://example.org/a,red',
  'Cobalt school fund,,fund,,,DRC,cobalt,2019,,ongoing,2024,,Short summary.,https://example.org/b; https://example.org/c,',
].join('\r\n');

describe('reading a spreadsheet export', () => {
  it('reads quotes, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    const table = parseCsv(`\ufeff${GOOD}`);
    expect(table.header[0]).toBe('Name');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]?.cells.name).toBe('Safety clubs, pilot');
    expect(table.rows[0]?.cells.summary).toBe('A pilot that "trains" miners.\nSecond line.');
    expect(table.rows[1]?.line).toBe(4);
  });

  it('reads semicolon-separated exports', () => {
    const table = parseCsv('Name;Summary;Sources\nA;B;https://x.org\n');
    expect(table.rows[0]?.cells).toEqual({ name: 'A', summary: 'B', sources: 'https://x.org' });
  });
});

describe('importing projects into a corpus folder', () => {
  const target = join(work, 'my-corpus');

  it('creates a folder from the base corpus with the rows added, normalised', () => {
    const result = importCsv(csvFile('projects.csv', GOOD), target, FIXTURE_CORPUS);
    expect(result).toEqual({
      ok: true,
      added: 2,
      updated: 0,
      total: 12,
      ignoredColumns: ['Colour'],
      created: true,
    });
    const loaded = loadCorpus(target);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const record = loaded.corpus.interventions.find((item) => item.id === 'safety-clubs-pilot');
    expect(record).toMatchObject({
      name: 'Safety clubs, pilot',
      acronym: 'SCP',
      organisations: [
        { name: 'International Labour Organization', short: 'ILO' },
        { name: 'Pact', role: 'partner' },
      ],
      countries: [{ country: 'Ghana', place: 'Ashanti' }, { country: "Côte d'Ivoire" }],
      minerals: ['gold', 'tantalum'],
      mineralsAsWritten: ['gold', 'coltan'],
      startYear: 2021,
      endYear: 2023,
      status: 'completed',
      statusAsOf: '2023-06',
      areas: [3, 9],
    });
    expect(
      loaded.corpus.interventions.find((item) => item.id === 'cobalt-school-fund')?.sources,
    ).toEqual(['https://example.org/b', 'https://example.org/c']);
  });

  it('replaces rows with the same id when the spreadsheet is imported again', () => {
    const result = importCsv(csvFile('projects.csv', GOOD), target, FIXTURE_CORPUS);
    expect(result).toMatchObject({ ok: true, added: 0, updated: 2, total: 12, created: false });
  });

  it('reports every bad cell by row and column, and writes nothing', () => {
    const before = readFileSync(join(target, 'interventions.json'), 'utf8');
    const bad = csvFile(
      'bad.csv',
      'Name,Summary,Sources,Start year\nX,Y,notaurl,20x5\n,Z,https://x.org,\n',
    );
    const result = importCsv(bad, target, FIXTURE_CORPUS);
    expect(result).toEqual({
      ok: false,
      problems: [
        'bad.csv › row 2 (x) › Start year: expected a year such as 2019 (or nothing), got "20x5"',
        'bad.csv › row 2 (x) › Sources: expected http(s) URLs separated by ";", got "notaurl"',
        'bad.csv › row 3 (row-3) › Name: expected a name, got nothing',
      ],
    });
    expect(readFileSync(join(target, 'interventions.json'), 'utf8')).toBe(before);
  });

  it('reports countries it does not know, with a did-you-mean', () => {
    const result = importCsv(
      csvFile('c.csv', 'Name,Summary,Sources,Country\nX,Y,https://x.org,Ghanna\n'),
      join(work, 'other'),
      FIXTURE_CORPUS,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'c.csv › row 2 (x) › countries[0].country: expected a known country, got "Ghanna"; did you mean "Ghana"?',
      ],
    });
    expect(existsSync(join(work, 'other'))).toBe(false);
  });

  it('names the columns it needs', () => {
    const result = importCsv(
      csvFile('h.csv', 'Title,Notes\nA,B\n'),
      join(work, 'other'),
      FIXTURE_CORPUS,
    );
    expect(result).toEqual({
      ok: false,
      problems: [`${join(work, 'h.csv')}: missing column(s) summary, sources; found Title, Notes`],
    });
  });

  it('refuses a folder that is not a corpus', () => {
    const folder = join(work, 'not-a-corpus');
    mkdirSync(folder);
    const result = importCsv(csvFile('p.csv', GOOD), folder, FIXTURE_CORPUS);
    expect(result.ok).toBe(false);
  });
});
