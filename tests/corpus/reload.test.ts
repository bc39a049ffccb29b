import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpusInSlices } from '../../src/corpus/load-corpus.js';
import {
  type Caller,
  createAssay,
  loadCorpus,
  openAssay,
  type Reply,
  shippedCorpusDir,
  watchCorpus,
} from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

const work = mkdtempSync(join(tmpdir(), 'assay-reload-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const shipped = loadCorpus(shippedCorpusDir());
if (!shipped.ok) throw new Error('the shipped corpus must load');
const fixture = loadCorpus(FIXTURE_CORPUS);
if (!fixture.ok) throw new Error('the fixture must load');
// A real report of the shipped corpus that the fixture lacks and whose references resolve in it.
const extra = shipped.corpus.reports.find(
  (report) =>
    !fixture.corpus.byId.has(report.id) &&
    report.related.every((id) => fixture.corpus.byId.has(id)),
);
if (!extra) throw new Error('expected a report to add');

function corpusCopy(name: string): string {
  const dir = join(work, name);
  cpSync(FIXTURE_CORPUS, dir, { recursive: true });
  return dir;
}

function addExtraReport(dir: string): void {
  const path = join(dir, 'reports.json');
  const reports = JSON.parse(readFileSync(path, 'utf8')) as unknown[];
  writeFileSync(path, JSON.stringify([...reports, extra], null, 2));
}

const finds = (reply: Reply) => reply.kind === 'card' && reply.record.id === extra.id;
const SLACK_MEMBER: Caller = { platform: 'slack', facilitator: false, userId: 'U0MEMBER' };

describe('reloading the corpus folder', () => {
  it('swaps in a valid edit and answers with the diff', async () => {
    const dir = corpusCopy('valid');
    const assay = openAssay(dir);
    addExtraReport(dir);
    const reply = await assay.answer('reload');
    expect(reply).toMatchObject({
      kind: 'reload',
      ok: true,
      added: [extra.id],
      removed: [],
      changed: [],
    });
    expect(reply.data?.records).toBe(18);
    const after = assay.run(`show ${extra.id}`);
    expect(after.kind).toBe('card');
    expect(after.data?.records).toBe(19);
  });

  it('refuses an invalid edit, names the problem by file, record and field, and the old corpus answers', async () => {
    const dir = corpusCopy('invalid');
    const assay = openAssay(dir);
    const path = join(dir, 'interventions.json');
    const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
    (records[1] as Record<string, unknown>).startYear = 'soon';
    writeFileSync(path, JSON.stringify(records));
    const reply = await assay.answer('reload');
    expect(reply).toMatchObject({ kind: 'reload', ok: false });
    const lines = reply.sections.flatMap((section) =>
      section.type === 'chart' ? section.lines : [],
    );
    expect(lines).toEqual([
      `${dir}/interventions.json › [1] (cotecco) › startYear: expected a year (a whole number such as 2019), got "soon"`,
    ]);
    expect(assay.run('show cotecco')).toMatchObject({ kind: 'card', data: { records: 18 } });
  });

  it('is for facilitators only; others are told who can', () => {
    const assay = openAssay(corpusCopy('member'));
    const reply = assay.run('reload', SLACK_MEMBER);
    expect(reply.kind).toBe('problem');
    expect(reply).toMatchObject({ kind: 'problem', problem: 'not-allowed' });
    expect(reply.sections[0]).toEqual({
      type: 'text',
      text: "Sorry, reload is for the meeting's facilitators: the facilitators your Slack admin listed in ASSAY_FACILITATORS can run it. Ask one of them, or try search in the meantime.",
    });
  });

  it('a query racing the swap gets a whole answer from one corpus or the other', async () => {
    const dir = corpusCopy('race');
    const assay = openAssay(dir);
    addExtraReport(dir);
    let reloaded = false;
    const reloading = assay.reload().then(() => {
      reloaded = true;
    });
    // One question per turn of the event loop, until a few after the reload is done.
    const replies: Reply[] = [];
    for (let after = 0; after < 5; after += reloaded ? 1 : 0) {
      await new Promise((resolve) => setImmediate(resolve));
      replies.push(assay.run(`show ${extra.id}`));
    }
    await reloading;
    const stamps = replies.map((reply) => reply.data?.records);
    const swapped = stamps.indexOf(19);
    // Some were answered by the old corpus while the new one was read and indexed ...
    expect(swapped).toBeGreaterThan(0);
    expect(stamps.slice(0, swapped).every((records) => records === 18)).toBe(true);
    // ... and once swapped, never the old one again.
    expect(stamps.slice(swapped).every((records) => records === 19)).toBe(true);
    // Each answer agrees with the corpus its stamp names.
    expect(replies.slice(0, swapped).some(finds)).toBe(false);
    expect(replies.slice(swapped).every(finds)).toBe(true);
  });

  it('answers questions while a reload is still reading and indexing the folder', async () => {
    const dir = corpusCopy('busy');
    const assay = openAssay(dir);
    addExtraReport(dir);
    const order: string[] = [];
    const reloading = assay.reload().then(() => order.push('reload done'));
    const asking = new Promise<Reply>((resolve) =>
      setImmediate(() => resolve(assay.answer('search gold'))),
    ).then((reply) => {
      order.push('reply');
      return reply;
    });
    const [reply] = await Promise.all([asking, reloading]);
    expect(order).toEqual(['reply', 'reload done']);
    expect(reply.data?.records).toBe(18);
  });

  it('runs one reload at a time: calls meanwhile share one more reload after it', async () => {
    const dir = corpusCopy('coalesce');
    addExtraReport(dir);
    let runs = 0;
    let running = 0;
    let most = 0;
    const load = async () => {
      runs++;
      most = Math.max(most, ++running);
      try {
        return await loadCorpusInSlices(dir);
      } finally {
        running--;
      }
    };
    const assay = createAssay(fixture.corpus, { load });
    const [first, second, third] = await Promise.all([
      assay.reload(),
      assay.reload(),
      assay.reload(),
    ]);
    expect({ runs, most }).toEqual({ runs: 2, most: 1 });
    expect(first).toMatchObject({ ok: true, diff: { added: [extra.id] } });
    expect(second).toMatchObject({ ok: true, diff: { added: [], changed: [] } });
    expect(third).toBe(second);
  });

  it('the synchronous door starts a reload and says so; the old corpus answers until it is done', async () => {
    const dir = corpusCopy('started');
    const assay = openAssay(dir);
    addExtraReport(dir);
    expect(assay.run('reload')).toMatchObject({
      kind: 'reload',
      ok: false,
      title: 'Reload started',
    });
    expect(assay.run(`show ${extra.id}`).kind).toBe('problem');
    await assay.reload();
    expect(assay.run(`show ${extra.id}`)).toMatchObject({ kind: 'card', data: { records: 19 } });
  });

  it('the running bot follows the folder: an edit is swapped in, a broken one logged by file', async () => {
    const dir = corpusCopy('watched');
    const assay = openAssay(dir);
    const log: string[] = [];
    const stop = watchCorpus(dir, assay.reload, (line) => log.push(line), 50);
    const until = async (test: () => boolean) => {
      for (let i = 0; i < 400 && !test(); i++)
        await new Promise((resolve) => setTimeout(resolve, 25));
    };
    try {
      addExtraReport(dir);
      await until(() => log.length > 0);
      expect(log[0]).toBe(
        `corpus reloaded from ${dir}: 1 added, 0 changed, 0 removed; 19 records, data of 2026-11-30`,
      );
      writeFileSync(join(dir, 'lessons.json'), '[{');
      await until(() => log.length > 1);
      expect(log[1]).toBe(`corpus change in ${dir} refused; the previous corpus keeps answering:`);
      expect(log[2]).toMatch(new RegExp(`^  ${dir}/lessons.json: not valid JSON`));
      expect(assay.corpus.records).toHaveLength(19);
    } finally {
      stop();
    }
  });
});
