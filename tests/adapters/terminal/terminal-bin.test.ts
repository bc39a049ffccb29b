import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIRROR_HOSTS } from '../../../src/vocabulary/publisher-table.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import { runBin } from '../../support/run-bin.js';

describe('the assay bin, one command at a time', () => {
  it('answers a search in text, with ids and source links', () => {
    const result = runBin(['search', 'mercury', 'ghana']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ results? for "mercury ghana"/);
    expect(result.stdout).toMatch(/\[[a-z0-9-]+\]/);
    expect(result.stdout).toMatch(/https?:\/\//);
    expect(result.stderr).toBe('');
  });

  it('prints search as JSON: total and results {id, type, title, url} in rank order', () => {
    const result = runBin(['--json', 'search', 'cotecco']);
    expect(result.status).toBe(0);
    const reply = JSON.parse(result.stdout);
    expect(reply.total).toBeGreaterThan(0);
    expect(reply.results[0]).toMatchObject({ id: 'cotecco', type: 'intervention' });
    for (const item of reply.results) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'type', 'title', 'url']));
    }
  });

  it('prints stats as JSON: by, total, buckets {key, count}', () => {
    const result = runBin(['--json', 'stats', 'by:status'], {
      env: { ASSAY_CORPUS: FIXTURE_CORPUS },
    });
    const reply = JSON.parse(result.stdout);
    expect(reply.by).toEqual(['status']);
    expect(reply.total).toBe(10);
    expect(reply.buckets).toEqual([
      // the fixture's ongoing records rest on evidence from 2017–2022: over three years old
      { key: 'last reported ongoing', count: 6 },
      { key: 'completed', count: 3 },
      { key: 'unknown', count: 1 },
    ]);
  });

  it('says which data answered: the footer line, and `data` in JSON', () => {
    const env = { ASSAY_CORPUS: FIXTURE_CORPUS };
    const text = runBin(['search', 'mica'], { env });
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('data of 2026-11-30 · 18 records');
    const json = JSON.parse(runBin(['--json', 'show', 'no-such-id'], { env }).stdout);
    expect(json.kind).toBe('problem');
    expect(json.data).toEqual({ date: '2026-11-30', records: 18 });
  });

  it('answers with no arguments and no terminal, then exits', () => {
    const result = runBin([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Assay: interventions and reports on child labour in artisanal mining',
    );
  });

  it('reads commands piped on stdin, one a line', () => {
    const result = runBin(['--json'], { input: 'show cotecco\nstats by:kind\n' });
    expect(result.status).toBe(0);
    const replies = result.stdout
      .trim()
      .split(/\n(?=\{)/)
      .map((text) => JSON.parse(text));
    expect(replies.map((reply) => reply.kind)).toEqual(['card', 'stats']);
  });

  it('prints its own usage for --help', () => {
    const result = runBin(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('assay corpus check [dir]');
  });
});

describe('the assay bin with bad input', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['an empty command', [''], 0, /Assay: interventions and reports/],
    [
      '20,000 characters',
      ['x'.repeat(20_000)],
      2,
      /That command is 20,000 characters long; Assay reads up to 500\.\nTry: /,
    ],
    ['regex characters', ['(.*+?[gold'], 0, /result/],
    ['control characters', ['gold\u0007\u001b[2J'], 0, /results? for "gold/],
    ['an unknown filter', ['gold', 'colour:red'], 2, /Unknown filter "colour:"/],
    ['area 12', ['search', 'area:12'], 2, /area must be 1–9, got "12"\nTry: search area:3/],
    [
      'year 20x5',
      ['search', 'year:20x5'],
      2,
      /year must be a year like 2019 or a range like 2015-2020, got "20x5"/,
    ],
    ['show of a missing id', ['show', 'no-such-thing'], 0, /No record has the id "no-such-thing"/],
    ['__proto__', ['show', '__proto__'], 0, /No record has the id "__proto__"/],
    ['__proto__ as a filter', ['search', '__proto__:x'], 2, /Unknown filter "__proto__:"/],
    [
      'an unknown mineral',
      ['search', 'mineral:gld'],
      2,
      /Unknown mineral "gld" — did you mean gold\?/,
    ],
    ['a command that takes no words', ['areas', 'gold'], 2, /areas takes no words, got "gold"/],
  ];
  for (const [name, args, status, pattern] of cases) {
    it(`answers ${name} briefly, with an example, and no stack trace`, () => {
      const result = runBin(args);
      expect(result.status).toBe(status);
      expect(result.stdout).toMatch(pattern);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(result.stderr).toBe('');
    });
  }
});

describe('assay corpus check', () => {
  it('passes the shipped corpus and prints its counts', () => {
    const result = runBin(['corpus', 'check']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/valid — 108 interventions, 113 reports, 35 lessons, 9 areas/);
  });

  it('ends with how many shipped records lead with a copy and cite only copies, counted here', () => {
    // Counted from the files themselves with the same host list, not with the check's code.
    const onMirror = (url: string) => {
      const host = new URL(url).hostname.toLowerCase();
      return MIRROR_HOSTS.some((mirror) => host === mirror || host.endsWith(`.${mirror}`));
    };
    const records = ['interventions', 'reports', 'lessons'].flatMap(
      (file) =>
        JSON.parse(
          readFileSync(new URL(`../../../corpus/${file}.json`, import.meta.url), 'utf8'),
        ) as { sources: string[] }[],
    );
    const lead = records.filter((record) => onMirror(record.sources[0] ?? '')).length;
    const only = records.filter((record) => record.sources.every(onMirror)).length;
    const result = runBin(['corpus', 'check']);
    expect(result.status).toBe(0);
    expect(lead).toBeGreaterThan(1);
    expect(only).toBeGreaterThan(1);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      `${lead} records lead with a copy; ${only} cite only copies`,
    );
  });

  it('fails a broken folder with messages that name the file', () => {
    const result = runBin(['corpus', 'check', 'no-such-folder']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no-such-folder/interventions.json: file not found');
  });

  it('refuses to start on a broken ASSAY_CORPUS, pointing at corpus check', () => {
    const result = runBin(['gold'], { env: { ASSAY_CORPUS: 'no-such-folder' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Run "assay corpus check" for details.');
  });
});

describe('the environment', () => {
  it('names the missing half of a credential pair', () => {
    const result = runBin(['gold'], { env: { SLACK_BOT_TOKEN: 'xoxb-1' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SLACK_SIGNING_SECRET');
    expect(result.stderr).toContain('required when SLACK_BOT_TOKEN is set');
    expect(result.stderr).not.toContain('xoxb-1');
  });
});

describe('a one-shot command from a shell', () => {
  it('takes a multi-word value the shell passed without its quotes', () => {
    // `npm start -- stats region:"West Africa"` reaches the bin as one argument "region:West Africa".
    const result = runBin(['--json', 'stats', 'region:West Africa', 'mineral:gold']);
    expect(result.status).toBe(0);
    const reply = JSON.parse(result.stdout);
    expect(reply.kind).toBe('stats');
    expect(reply.total).toBe(24);
  });
});
