import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Assay, loadCorpus, openAssay, shippedCorpusDir } from '../../../src/index.js';
import { FACILITATOR_PERMISSIONS } from '../../fakes/fake-discord-payloads.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import { embedOf, type Harness, startHarness } from './discord-harness.js';

// /facilitate reload on the real discord.js against the fake Discord. A reload reads and
// indexes its folder while the bot answers others, so its reply can come late: the adapter
// defers once the window's budget is spent instead of letting Discord drop the interaction.

const dir = mkdtempSync(join(tmpdir(), 'assay-discord-reload-'));
cpSync(FIXTURE_CORPUS, dir, { recursive: true });
const real = openAssay(dir);
/** How long a reload of a large folder holds its answer (the bench measures a 10,000-record one). */
let holdReloadMs = 0;

/** The real core on a copy of the fixture, whose reload answer can be held back. */
const slowToReload: Assay = {
  get corpus() {
    return real.corpus;
  },
  commands: real.commands,
  store: null,
  run: (text, caller) => real.run(text, caller),
  runOptions: (command, options, caller) => real.runOptions(command, options, caller),
  answer: (text, caller) => real.answer(text, caller),
  async answerOptions(command, options, caller) {
    if (command === 'reload') await sleep(holdReloadMs);
    return real.answerOptions(command, options, caller);
  },
  answerFinding: (id, asked, caller) => real.answerFinding(id, asked, caller),
  logShare: (reply, caller) => real.logShare(reply, caller),
  complete: (source, partial) => real.complete(source, partial),
  reload: () => real.reload(),
};

const asFacilitator = { command: 'facilitate', permissions: FACILITATOR_PERMISSIONS };
let h: Harness;
beforeAll(async () => {
  h = await startHarness(slowToReload);
});
afterAll(async () => {
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Adds a real report of the shipped corpus that the fixture lacks. */
function addReport(): string {
  const shipped = loadCorpus(shippedCorpusDir());
  if (!shipped.ok) throw new Error('the shipped corpus must load');
  const extra = shipped.corpus.reports.find(
    (report) =>
      !real.corpus.byId.has(report.id) && report.related.every((id) => real.corpus.byId.has(id)),
  );
  if (!extra) throw new Error('expected a report to add');
  const path = join(dir, 'reports.json');
  const reports = JSON.parse(readFileSync(path, 'utf8')) as unknown[];
  writeFileSync(path, JSON.stringify([...reports, extra], null, 2));
  return extra.id;
}

describe('/facilitate reload on Discord', () => {
  it('answers a quick reload in one callback with what changed', async () => {
    const added = addReport();
    const result = await h.fake.interactions.dispatchCommandAs(asFacilitator, 'reload');
    expect(result.callbackType).toBe(4);
    expect(embedOf(result).title).toBe('Reloaded: 19 records, data of 2026-11-30');
    expect(JSON.stringify(result.body)).toContain(added);
  });

  it('defers a reload still running when the budget is spent, then edits its answer in', async () => {
    holdReloadMs = 1200;
    // Sent 1 s ago: answering directly is safe for about 0.5 s more, and the reload takes 1.2 s.
    const at = Date.now() - 1000;
    const result = await h.fake.interactions.dispatchCommandAs(asFacilitator, 'reload', {}, at);
    holdReloadMs = 0;
    expect(result.callbackType).toBe(5);
    expect(result.sent.map((sent) => sent.route)).toEqual(['edit']);
    expect(embedOf(result).title).toBe('Reloaded: 19 records, data of 2026-11-30');
  });

  it('logged no error and Discord rejected nothing', () => {
    expect(h.logs).toEqual([]);
    expect(h.fake.rejected).toEqual([]);
  });
});
