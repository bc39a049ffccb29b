import { rmSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakes/fake-discord.js';
import {
  FACILITATOR_PERMISSIONS,
  MEMBER_PERMISSIONS,
  makeUser,
  snowflake,
} from '../fakes/fake-discord-payloads.js';
import { FIXTURE_CORPUS } from '../support/assays.js';
import { freshDataDir } from '../support/run-bin.js';
import { RunningBin } from '../support/spawn-bin.js';

// The built bin as a deployment runs it, on one ASSAY_DATA_DIR: a participant's Share in one
// process, the process stopped (SIGTERM, exit 0), and the facilitator's digest in a second
// process still lists it. Real discord.js in each process, against the fake Discord here.

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const kofi = makeUser(snowflake(), 'kofi');
const asFacilitator = { command: 'facilitate', permissions: FACILITATOR_PERMISSIONS };

function startBot(fake: FakeDiscord, dataDir: string): RunningBin {
  const env = {
    ASSAY_CORPUS: FIXTURE_CORPUS,
    ASSAY_DATA_DIR: dataDir,
    DISCORD_TOKEN: fake.token,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
  };
  const bin = new RunningBin(env, FIXTURE_CORPUS);
  cleanup.push(() => bin.kill());
  return bin;
}

describe('a Share, a restart of the bot process, then the digest', () => {
  test('the digest in the second process lists what was shared in the first', async () => {
    const fake = await startFakeDiscord();
    cleanup.push(() => fake.stop());
    const dataDir = freshDataDir();
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const first = startBot(fake, dataDir);
    await first.waitFor(/Discord: connected as Assay/);
    await fake.interactions.dispatchCommandAs(asFacilitator, 'meeting', {
      action: 'start',
      title: 'Cobalt day',
    });
    const asked = await fake.command('search', { query: 'cobalt' });
    const buttons = (asked.body.components ?? []).flatMap((row) => row.components);
    const share = buttons.find((button) => button.label === 'Share')?.custom_id;
    if (!asked.message || !share) throw new Error('no Share button on the reply');
    const shared = await fake.interactions.dispatchButton(
      asked.message,
      share,
      kofi,
      Date.now(),
      MEMBER_PERMISSIONS,
    );
    expect(shared.body.content).toBe(`shared by <@${kofi.id}> · /assay search cobalt`);
    first.signal('SIGTERM');
    expect(await first.exitWithin(10_000)).toBe(0);

    const second = startBot(fake, dataDir);
    await second.waitFor(/Discord: connected as Assay/);
    const digest = await fake.interactions.dispatchCommandAs(asFacilitator, 'digest');
    const text = JSON.stringify(digest.body.embeds);
    expect(text).toContain('Reading list: Cobalt day');
    expect(text).toContain('3 findings from 1 share');
    expect(text).toContain(
      "Combatting Child Labor in the Democratic Republic of the Congo's Cobalt Industry (shared by kofi)",
    );
    // The reading list's files go up as attachments from the bin too.
    const uploads = (digest.body as { uploads?: { name: string; bytes: Buffer }[] }).uploads ?? [];
    expect(uploads.map((upload) => upload.name.replace(/^.*\./, ''))).toEqual(['md', 'csv']);
    expect(uploads[1]?.bytes.toString('utf8')).toContain('kofi');
    expect(second.stderr).toBe('');
    expect(fake.rejected).toEqual([]);
  });
});
