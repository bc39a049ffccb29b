import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordsToCsv } from '../../src/corpus/export-records.js';
import { importRecords, loadCorpus, shippedCorpusDir } from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

const work = mkdtempSync(join(tmpdir(), 'assay-import-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function csvFile(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const TODAY = '2026-11-30';
const request = (
  csvPath: string,
  target: string,
  more: Partial<Parameters<typeof importRecords>[0]> = {},
) =>
  importRecords({
    csvPath,
    target,
    type: 'intervention',
    baseDir: FIXTURE_CORPUS,
    dryRun: false,
    today: TODAY,
    ...more,
  });

// Test rows (example.org sources): they exercise the reader, they are not corpus facts.
const GOOD = [
  'Name,Acronym,Kind,Organisations,Donors,Countries,Minerals,Start year,End year,Status,Status as of,Areas,Summary,Sources,Colour',
  '"Safety clubs, pilot",SCP,project,International Labour Organization (ILO); Pact (partner),,"Ghana (Ashanti); Ivory Coast",gold; coltan,2021,2023,completed,2023-06,3;9,"A pilot that ""trains"" miners.',
  'Second line.",https://example.org/a,red',
  'Cobalt school fund,,fund,,,DRC,cobalt,2019,,ongoing,2024,,Short summary.,https://example.org/b; https://example.org/c,',
].join('\r\n');

describe('importing interventions into a corpus folder', () => {
  const target = join(work, 'my-corpus');

  it('creates a folder from the base corpus with the rows added, normalised, and dated', () => {
    const result = request(csvFile('projects.csv', GOOD), target);
    expect(result).toMatchObject({
      ok: true,
      total: 12,
      ignoredColumns: ['Colour'],
      created: true,
      written: true,
    });
    expect(result.ok && result.diff).toEqual({
      added: ['safety-clubs-pilot', 'cobalt-school-fund'],
      changed: [],
      unchanged: [],
    });
    const loaded = loadCorpus(target);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    expect(loaded.corpus.date).toBe(TODAY);
    expect(
      loaded.corpus.interventions.find((item) => item.id === 'safety-clubs-pilot'),
    ).toMatchObject({
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
      summary: 'A pilot that "trains" miners.\nSecond line.',
    });
  });

  it('re-importing the same rows changes nothing and writes nothing', () => {
    const before = readFileSync(join(target, 'interventions.json'), 'utf8');
    const result = request(csvFile('projects.csv', GOOD), target);
    expect(result).toMatchObject({ ok: true, created: false, written: false });
    expect(result.ok && result.diff.unchanged).toEqual([
      'safety-clubs-pilot',
      'cobalt-school-fund',
    ]);
    expect(readFileSync(join(target, 'interventions.json'), 'utf8')).toBe(before);
  });

  it('reports every bad cell by row and column, and writes nothing', () => {
    const before = readFileSync(join(target, 'interventions.json'), 'utf8');
    const bad = csvFile(
      'bad.csv',
      'Name,Summary,Sources,Start year\nX,Y,notaurl,20x5\n,Z,https://x.org,\n',
    );
    expect(request(bad, target)).toEqual({
      ok: false,
      problems: [
        'bad.csv › row 2 (x) › Start year: expected a year such as 2019 (or nothing), got "20x5"',
        'bad.csv › row 2 (x) › Sources[0]: expected an http(s) URL, got "notaurl"',
        'bad.csv › row 3 (row-3) › Name: expected a value, got nothing',
      ],
    });
    expect(readFileSync(join(target, 'interventions.json'), 'utf8')).toBe(before);
  });

  it('a malformed file is refused with its line and column, and nothing is written', () => {
    const before = readFileSync(join(target, 'interventions.json'), 'utf8');
    const result = request(
      csvFile('broken.csv', 'Name,Summary,Sources\nA,"open,https://x.org\nB,C,https://y.org\n'),
      target,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'broken.csv › line 2, column 2: a quote opens and is never closed, so the rest of the file would fall into this cell; close it or double the quote ("")',
      ],
    });
    expect(readFileSync(join(target, 'interventions.json'), 'utf8')).toBe(before);
  });

  it('reports countries it does not know, with a did-you-mean', () => {
    const result = request(
      csvFile('c.csv', 'Name,Summary,Sources,Country\nX,Y,https://x.org,Ghanna\n'),
      join(work, 'other'),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'c.csv › row 2 (x) › countries[0].country: expected a known country, got "Ghanna"; did you mean "Ghana"?',
      ],
    });
    expect(existsSync(join(work, 'other'))).toBe(false);
  });

  it('names the columns it needs, and refuses a folder that is not a corpus', () => {
    expect(request(csvFile('h.csv', 'Title,Notes\nA,B\n'), join(work, 'other'))).toEqual({
      ok: false,
      problems: ['h.csv: missing column(s) sources; found Title, Notes'],
    });
    const folder = join(work, 'not-a-corpus');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    expect(request(csvFile('p.csv', GOOD), folder).ok).toBe(false);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });
});

describe('importing reports and lessons', () => {
  const shipped = loadCorpus(shippedCorpusDir());
  if (!shipped.ok) throw new Error('the shipped corpus must load');
  const fixture = loadCorpus(FIXTURE_CORPUS);
  if (!fixture.ok) throw new Error('the fixture must load');
  const inFixture = (id: string) => fixture.corpus.byId.has(id);
  // Real records of the shipped corpus that the fixture lacks, whose references resolve in it.
  const report = shipped.corpus.reports.find(
    (item) => !inFixture(item.id) && item.related.every(inFixture),
  );
  const lesson = shipped.corpus.lessons.find(
    (item) => !inFixture(item.id) && item.mentions.every(inFixture),
  );

  it('adds a report and a lesson from their CSV, exactly as exported', () => {
    if (!report || !lesson) throw new Error('expected a report and a lesson to add');
    const target = join(work, 'typed');
    const reports = request(csvFile('reports.csv', recordsToCsv('report', [report])), target, {
      type: 'report',
    });
    expect(reports).toMatchObject({ ok: true, diff: { added: [report.id] } });
    const lessons = request(csvFile('lessons.csv', recordsToCsv('lesson', [lesson])), target, {
      type: 'lesson',
    });
    expect(lessons).toMatchObject({ ok: true, diff: { added: [lesson.id] } });
    const loaded = loadCorpus(target);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    expect(loaded.corpus.reports.find((item) => item.id === report.id)).toEqual(report);
    expect(loaded.corpus.lessons.find((item) => item.id === lesson.id)).toEqual(lesson);
  });
});

describe('an interrupted import from an older version', () => {
  it('recovers a target that holds only .interventions.json.importing', () => {
    const target = join(work, 'half');
    mkdirSync(target);
    writeFileSync(join(target, '.interventions.json.importing'), '[{"id": "cut-off');
    const result = request(csvFile('p2.csv', GOOD), target);
    expect(result).toMatchObject({
      ok: true,
      created: true,
      recovered: ['.interventions.json.importing'],
    });
    expect(readdirSync(target).sort()).toEqual([
      'areas.json',
      'interventions.json',
      'lessons.json',
      'manifest.json',
      'reports.json',
    ]);
    expect(loadCorpus(target).ok).toBe(true);
  });

  it('recovers an empty target folder', () => {
    const target = join(work, 'empty');
    mkdirSync(target);
    expect(request(csvFile('p3.csv', GOOD), target)).toMatchObject({ ok: true, created: true });
    expect(loadCorpus(target).ok).toBe(true);
  });

  it('cleans a scratch folder a killed import left, and puts back a folder it had moved aside', () => {
    const target = join(work, 'killed');
    cpSync(FIXTURE_CORPUS, target, { recursive: true });
    const deadPid = 2 ** 22 + 1; // above Linux's pid_max: no such process
    const scratch = join(work, `.killed.assay-import-${deadPid}`);
    mkdirSync(scratch);
    writeFileSync(join(scratch, 'interventions.json'), '[');
    const result = request(csvFile('p4.csv', GOOD), target);
    expect(result).toMatchObject({ ok: true, recovered: [`.killed.assay-import-${deadPid}`] });
    expect(existsSync(scratch)).toBe(false);
    // A kill between the two renames: the old folder is aside, the target gone.
    const aside = join(work, `.moved.assay-old-${deadPid}`);
    cpSync(FIXTURE_CORPUS, aside, { recursive: true });
    const moved = request(csvFile('p5.csv', GOOD), join(work, 'moved'));
    expect(moved).toMatchObject({ ok: true, created: false, total: 12 });
    expect(existsSync(aside)).toBe(false);
  });
});
