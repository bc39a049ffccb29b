import { describe, expect, it } from 'vitest';
import { readStatus } from '../../src/corpus/status-reading.js';
import { buildCorpus, createAssay, loadCorpus, type Reply } from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

// The fixture's six ongoing interventions, given evidence dates for the test
// (these dates are test inputs, not claims about the projects).
const AS_OF: Record<string, string> = {
  planetgold: '2019',
  'responsible-mica-initiative': '2024',
  'tdh-madagascar-mica': '2025-03',
  'craft-code': '2023',
  eprm: '2019-05',
  'oecd-ddg': '2017',
};
const TODAY = new Date('2026-11-30T12:00:00Z');

function datedAssay(today: Date) {
  const loaded = loadCorpus(FIXTURE_CORPUS);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const interventions = loaded.corpus.interventions.map((record) =>
    AS_OF[record.id] ? { ...record, statusAsOf: AS_OF[record.id] } : record,
  );
  return createAssay(buildCorpus({ ...loaded.corpus, interventions }), { clock: () => today });
}

const texts = (reply: Reply) =>
  reply.sections.flatMap((section) =>
    section.type === 'text' ? [section.text] : section.type === 'note' ? section.parts : [],
  );

describe('a status read against the date of its evidence', () => {
  it('says as of when, and calls evidence over three years old stale', () => {
    expect(readStatus('ongoing', 2024, TODAY).text).toBe('ongoing (as of 2024)');
    expect(readStatus('ongoing', '2019', TODAY)).toMatchObject({
      stale: true,
      text: 'last reported ongoing in 2019',
    });
    // 2023 covers up to 2023-12-31: not yet three years before 2026-11-30
    expect(readStatus('ongoing', 2023, TODAY).stale).toBe(false);
    expect(readStatus('ongoing', '2023-06', TODAY).stale).toBe(true);
    expect(readStatus('completed', 2012, TODAY)).toMatchObject({
      stale: false,
      text: 'completed (as of 2012)',
    });
    expect(readStatus('ongoing', undefined, TODAY).text).toBe('ongoing (date not recorded)');
  });

  it('reads the same evidence as fresh on an earlier day (the clock is injected)', () => {
    expect(readStatus('ongoing', '2019', new Date('2021-01-01')).stale).toBe(false);
    const reply = datedAssay(new Date('2021-06-01')).run('stats by:status');
    if (reply.kind !== 'stats') throw new Error(reply.kind);
    // on that day only oecd-ddg's 2017 evidence is over three years old
    const counts = Object.fromEntries(reply.buckets.map((bucket) => [bucket.key, bucket.count]));
    expect(counts).toMatchObject({ ongoing: 5, 'last reported ongoing': 1 });
  });
});

describe('dated statuses in replies', () => {
  const assay = datedAssay(TODAY);

  it('list lines carry the dated status', () => {
    const reply = assay.run('search planetgold');
    if (reply.kind !== 'search') throw new Error(reply.kind);
    const item = reply.results.find((result) => result.id === 'planetgold');
    expect(item?.facts).toContain('last reported ongoing in 2019');
    const mica = assay.run('search responsible mica initiative');
    if (mica.kind !== 'search') throw new Error(mica.kind);
    const rmi = mica.results.find((result) => result.id === 'responsible-mica-initiative');
    expect(rmi?.facts).toContain('ongoing (as of 2024)');
  });

  it('the card says the dated status before the note', () => {
    const reply = assay.run('show planetgold');
    const status = reply.sections
      .flatMap((section) => (section.type === 'fields' ? section.fields : []))
      .find((field) => field.label === 'Status');
    expect(status?.value).toBe(
      'last reported ongoing in 2019 — programme launched early 2019; second phase adds 15 countries',
    );
  });

  it('stats by status does not count stale evidence as ongoing', () => {
    const reply = assay.run('stats by:status');
    if (reply.kind !== 'stats') throw new Error(reply.kind);
    expect(Object.fromEntries(reply.buckets.map((bucket) => [bucket.key, bucket.count]))).toEqual({
      ongoing: 3,
      'last reported ongoing': 3,
      completed: 3,
      unknown: 1,
    });
    expect(texts(reply)).toContain(
      '"last reported ongoing": evidence over 3 years old, not counted as ongoing',
    );
  });

  it('status:ongoing keeps meaning reported ongoing and says how many are stale', () => {
    const reply = assay.run('search status:ongoing');
    if (reply.kind !== 'search') throw new Error(reply.kind);
    expect(reply.total).toBe(6);
    expect(texts(reply)).toContain(
      '3 of these 6 reported ongoing rest on evidence more than 3 years old.',
    );
    const stats = assay.run('stats by:mineral status:ongoing');
    expect(texts(stats)).toContain('3 of 6 reported ongoing rest on evidence over 3 years old');
  });
});
