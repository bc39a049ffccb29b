import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';
import { corpusVariants, type Json } from '../support/corpus-variant.js';

// Each rule gets its own invalid corpus: the valid fixture with one thing broken.

const { variant: brokenCorpus, cleanUp } = corpusVariants();
afterAll(cleanUp);

function problemsOf(dir: string): string[] {
  const result = loadCorpus(dir, 'fixture');
  if (result.ok) throw new Error('expected the corpus to be invalid');
  return result.problems;
}

const first = (records: Json) => records[0] as Record<string, unknown>;

describe('loading a valid corpus', () => {
  it('loads the fixture and the shipped corpus with their counts', () => {
    const fixture = loadCorpus(FIXTURE_CORPUS);
    expect(fixture.ok && fixture.counts).toEqual({
      interventions: 10,
      reports: 4,
      lessons: 4,
      areas: 9,
    });
    const shipped = loadCorpus(join(FIXTURE_CORPUS, '../../../corpus'));
    expect(shipped.ok && shipped.counts).toEqual({
      interventions: 108,
      reports: 113,
      lessons: 35,
      areas: 9,
    });
  });

  it('maps aliases to canonical names (DRC, coltan)', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).countries = [{ country: 'DRC' }, { country: 'Ivory Coast' }];
      first(records).minerals = ['coltan'];
    });
    const result = loadCorpus(dir);
    const record = result.ok ? result.corpus.interventions[0] : undefined;
    expect(record?.countries).toEqual([
      { country: 'Democratic Republic of the Congo' },
      { country: "Côte d'Ivoire" },
    ]);
    expect(record?.minerals).toEqual(['tantalum']);
  });
});

describe('corpus validation, one rule at a time', () => {
  it('a missing required field', () => {
    const dir = brokenCorpus('interventions', (records) => {
      delete first(records).name;
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › name: expected string, got nothing',
    ]);
  });

  it('a known status without the date of its evidence', () => {
    const dir = brokenCorpus('interventions', (records) => {
      delete first(records).statusAsOf;
      const unknown = records.find((record) => record.status === 'unknown');
      if (unknown) delete unknown.statusAsOf; // an unknown status may stay undated
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › statusAsOf: expected the date of the evidence for status "completed" (a year such as 2019, or YYYY-MM-DD), got nothing',
    ]);
  });

  it('a manifest whose date is not a date, and a folder with no manifest', () => {
    const dir = brokenCorpus('manifest', () => '{ "date": "30/11/2026" }');
    expect(problemsOf(dir)).toEqual([
      'fixture/manifest.json › date: expected a date as YYYY-MM-DD',
    ]);
    const undated = brokenCorpus('interventions', (records) => records);
    rmSync(join(undated, 'manifest.json'));
    const loaded = loadCorpus(undated);
    expect(loaded.ok && loaded.corpus.date).toBeNull();
  });

  it('an empty country', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).countries = [{ country: '' }];
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › countries[0].country: expected a country name, got ""',
    ]);
  });

  it('an unknown country, with a did-you-mean', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).countries = [{ country: 'Ghanna' }];
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › countries[0].country: expected a known country, got "Ghanna"; did you mean "Ghana"?',
    ]);
  });

  it('an unknown mineral and an unknown region', () => {
    const dir = brokenCorpus('reports', (records) => {
      first(records).minerals = ['unobtainium'];
      first(records).regions = ['Westeros'];
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/reports.json › [0] (this-is-what-we-die-2016) › regions[0]: expected a known region, got "Westeros"',
      'fixture/reports.json › [0] (this-is-what-we-die-2016) › minerals[0]: expected a known mineral, got "unobtainium"',
    ]);
  });

  it('a duplicate id across collections', () => {
    const dir = brokenCorpus('reports', (records) => {
      first(records).id = 'cotecco';
    });
    expect(problemsOf(dir)).toContain(
      'fixture/reports.json › [0] (cotecco) › id: duplicate id "cotecco", already used by fixture/interventions.json [1]',
    );
  });

  it('an area outside 1–9', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).areas = [2, 12];
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › areas[1]: area must be 1–9, got 12',
    ]);
  });

  it('a reference that does not resolve', () => {
    const dir = brokenCorpus('lessons', (records) => {
      first(records).mentions = ['no-such-record'];
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/lessons.json › [0] (lesson-caring-existing-structures) › mentions[0]: expected the id of a record in the corpus, got "no-such-record"',
    ]);
  });

  it('a source that is not a URL', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).sources = ['www.example'];
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › sources[0]: expected an http(s) URL, got "www.example"',
    ]);
  });

  it('a year out of range and an end before the start', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).startYear = 1850;
      (records[1] as Record<string, unknown>).endYear = 2010;
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › startYear: expected a year from 1950, got 1850',
      'fixture/interventions.json › [1] (cotecco) › endYear: expected an end year from startYear 2018, got 2010',
    ]);
  });

  it('a field the schema does not know', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).colour = 'gold';
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold): unexpected field(s) colour',
    ]);
  });

  it('a value of the wrong kind', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).status = 'paused';
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › status: expected one of "ongoing"|"completed"|"unknown", got "paused"',
    ]);
  });

  it('control characters in text', () => {
    const dir = brokenCorpus('interventions', (records) => {
      first(records).summary = 'Bell \u0007 here';
    });
    expect(problemsOf(dir)).toEqual([
      'fixture/interventions.json › [0] (caring-gold) › summary: expected text without control characters, got "Bell \\u0007 here"',
    ]);
  });

  it('a file that is not JSON, or not an array', () => {
    expect(problemsOf(brokenCorpus('reports', () => '[{"id": '))[0]).toMatch(
      /^fixture\/reports\.json: not valid JSON: /,
    );
    expect(problemsOf(brokenCorpus('reports', () => '{"id": "x"}'))).toEqual([
      'fixture/reports.json: expected an array of records, got {"id":"x"}',
    ]);
  });

  it('a required file that is missing', () => {
    const dir = brokenCorpus('reports', (records) => records);
    rmSync(join(dir, 'areas.json'));
    expect(problemsOf(dir)).toContain('fixture/areas.json: file not found');
  });
});
