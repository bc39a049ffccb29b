import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssay, openStore, type Store } from '../../../src/index.js';
import {
  FACILITATOR_PERMISSIONS,
  MEMBER_PERMISSIONS,
  makeUser,
  snowflake,
} from '../../fakes/fake-discord-payloads.js';
import type { Upload } from '../../fakes/fake-discord-uploads.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import { buttonsOf, EPHEMERAL, embedOf, type Harness, startHarness } from './discord-harness.js';

// /facilitate on the real discord.js against the fake Discord, with a real SQLite store:
// the member's Manage Server permission decides, Share writes the log, digest attaches files.

let h: Harness;
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'assay-discord-meeting-'));
const kofi = makeUser(snowflake(), 'kofi');
const asParticipant = { command: 'facilitate', user: kofi, permissions: MEMBER_PERMISSIONS };
const asFacilitator = { command: 'facilitate', permissions: FACILITATOR_PERMISSIONS };

beforeAll(async () => {
  store = await openStore({ dataDir: dir });
  h = await startHarness(openAssay(FIXTURE_CORPUS, { store }));
});
afterAll(async () => {
  await h?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const uploadsOf = (result: { body: object }) =>
  (result.body as { uploads?: Upload[] }).uploads ?? [];

describe('/facilitate on Discord', () => {
  it('refuses a member without Manage Server, privately, naming who can', async () => {
    for (const subcommand of ['meeting', 'digest', 'gaps']) {
      const refused = await h.fake.interactions.dispatchCommandAs(asParticipant, subcommand);
      expect((refused.body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
      expect(embedOf(refused).description).toMatch(/members with the Manage Server permission/);
    }
    const shown = await h.fake.interactions.dispatchCommandAs(asFacilitator, 'meeting');
    expect(embedOf(shown).title).toBe('No meeting is running');
  });

  it('runs a meeting: defaults in the footer, a Share logged, the digest with its files', async () => {
    const started = await h.fake.interactions.dispatchCommandAs(asFacilitator, 'meeting', {
      action: 'start',
      mineral: 'cobalt',
      title: 'Cobalt day',
    });
    expect(embedOf(started).title).toBe('Meeting started');

    const asked = await h.fake.command('search', { query: 'child labour' });
    expect(embedOf(asked).footer?.text).toMatch(/meeting: Cobalt day: cobalt, until \d\d:\d\d UTC/);
    const share = buttonsOf(asked).get('Share');
    if (!asked.message || !share) throw new Error('no Share button on the reply');
    const shared = await h.fake.click(asked.message, share, kofi);
    expect((shared.body.flags ?? 0) & EPHEMERAL).toBe(0);

    const digest = await h.fake.interactions.dispatchCommandAs(asFacilitator, 'digest');
    expect(embedOf(digest).title).toMatch(/^Reading list: Cobalt day/);
    expect(JSON.stringify(embedOf(digest))).toContain('shared by kofi');
    const names = uploadsOf(digest).map((upload) => upload.name);
    expect(names.some((name) => name.endsWith('.md'))).toBe(true);
    expect(names.some((name) => name.endsWith('.csv'))).toBe(true);
    const csv = uploadsOf(digest).find((upload) => upload.name.endsWith('.csv'));
    expect(csv?.bytes.toString('utf8')).toContain('cotecco');
    expect(h.fake.rejected).toEqual([]);
  });
});
