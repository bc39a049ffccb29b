import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkCorpusCommand } from '../../../adapters/terminal/check-corpus-command.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import { corpusVariants, type Json } from '../../support/corpus-variant.js';

// `corpus check` on the valid fixture, and on copies of it with one thing changed.
// Before 2020 none of the fixture's "ongoing" evidence is stale (the oldest is 2017).
const BEFORE_STALE = new Date('2019-06-01T12:00:00Z');
const STALE_TAIL =
  'evidence more than 3 years old; check its sources and update status and statusAsOf';
const ONLY_COPIES =
  "warning: reports.json (this-is-what-we-die-2016): cites only copies on document mirrors (slideshare.net, docslib.org); add the publisher's page";

const { variant, cleanUp } = corpusVariants();
afterAll(cleanUp);
afterEach(() => {
  vi.restoreAllMocks();
});

const byId = (records: Json, id: string) => {
  const record = records.find((entry) => entry.id === id);
  if (!record) throw new Error(`no fixture record ${id}`);
  return record;
};

/** Runs the command, capturing what it writes (the command writes to the process streams). */
function check(dir: string, now: Date) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = checkCorpusCommand(dir, now);
  vi.restoreAllMocks();
  return { code, lines: stdout.trimEnd().split('\n').slice(1), stdout, stderr };
}

describe('corpus check warnings', () => {
  it('warns about a record citing only mirror copies, ends with the counts, and passes', () => {
    const result = check(FIXTURE_CORPUS, BEFORE_STALE);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\S+: valid — 10 interventions, 4 reports, 4 lessons/);
    expect(result.lines).toEqual([
      ONLY_COPIES,
      '1 warning (they do not fail the check)',
      '2 records lead with a copy; 1 cites only copies',
    ]);
  });

  it('warns about a stale ongoing status, read against the clock it is given', () => {
    const dir = variant('interventions', (records) => {
      byId(records, 'oecd-ddg').statusAsOf = 2015;
    });
    const result = check(dir, BEFORE_STALE);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      `warning: interventions.json (oecd-ddg): last reported ongoing in 2015, ${STALE_TAIL}`,
      ONLY_COPIES,
      '2 warnings (they do not fail the check)',
      '2 records lead with a copy; 1 cites only copies',
    ]);
    // The shipped fixture's 2017 evidence is fresh in mid-2019 and stale from 2021 on.
    const later = check(FIXTURE_CORPUS, new Date('2021-01-01T00:00:00Z'));
    expect(later.lines[0]).toBe(
      `warning: interventions.json (oecd-ddg): last reported ongoing in 2017, ${STALE_TAIL}`,
    );
    expect(later.code).toBe(0);
  });

  it('warns about records sharing their list of sources word for word', () => {
    const dir = variant('lessons', (records) => {
      byId(records, 'lesson-caring-scream-school-clubs').sources = byId(
        records,
        'lesson-caring-existing-structures',
      ).sources;
    });
    const result = check(dir, BEFORE_STALE);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      ONLY_COPIES,
      'warning: lessons.json (lesson-caring-existing-structures), lessons.json (lesson-caring-scream-school-clubs): the same sources word for word; cite what is specific to each',
      '2 warnings (they do not fail the check)',
      '2 records lead with a copy; 1 cites only copies',
    ]);
  });

  it('counts a record whose every link is a mirror, even when the first is not the same host', () => {
    const dir = variant('reports', (records) => {
      byId(records, 'toxic-toil-2013').sources = [
        'https://www.scribd.com/document/1/toxic-toil',
        'https://docslib.org/doc/2/toxic-toil',
      ];
    });
    const result = check(dir, BEFORE_STALE);
    expect(result.lines).toEqual([
      ONLY_COPIES,
      "warning: reports.json (toxic-toil-2013): cites only copies on document mirrors (scribd.com, docslib.org); add the publisher's page",
      '2 warnings (they do not fail the check)',
      '3 records lead with a copy; 2 cite only copies',
    ]);
    expect(result.code).toBe(0);
  });

  it('still fails on an error, warnings or not', () => {
    const dir = variant('interventions', (records) => {
      byId(records, 'oecd-ddg').statusAsOf = 'last year';
    });
    const result = check(dir, new Date('2026-11-30T00:00:00Z'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('(oecd-ddg) › statusAsOf');
  });
});
