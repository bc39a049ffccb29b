import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.js';
import { shardOf } from '../../fakes/fake-discord-gateway.js';
import { FIXTURE_CORPUS } from '../../support/assays.js';
import { RunningBin } from '../../support/spawn-bin.js';

// `npm run discord:shards` as built: the manager asks the fake Discord's /gateway/bot how many
// shards it wants, forks one process per shard (discord.js ShardingManager), each identifies as
// its shard, the guild's own shard answers its interactions, and SIGTERM stops them all.

const MANAGER = fileURLToPath(
  new URL('../../../dist/adapters/discord/run-shards.js', import.meta.url),
);
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function shardedFake(shards: number): Promise<FakeDiscord> {
  // max_concurrency = shards: all may identify at once, so the manager does not wait 5.5 s each.
  const fake = await startFakeDiscord({ shards, maxConcurrency: shards });
  cleanup.push(() => fake.stop());
  return fake;
}

function startManager(fake: FakeDiscord): RunningBin {
  const env = {
    ASSAY_CORPUS: FIXTURE_CORPUS,
    DISCORD_TOKEN: fake.token,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
  };
  const manager = new RunningBin(env, FIXTURE_CORPUS, MANAGER);
  cleanup.push(() => manager.kill());
  return manager;
}

describe('the Discord sharding entry', () => {
  test('runs as many shards as /gateway/bot recommends; the guild’s shard answers', async () => {
    const fake = await shardedFake(2);
    const manager = startManager(fake);
    await manager.waitFor(/2 Discord shards running/);
    expect([...fake.gateway.shards].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // Each shard prints its own line (after telling the manager it is ready): the guild is on one.
    await manager.waitFor(/Discord: connected as Assay in 0 servers/);
    await manager.waitFor(/Discord: connected as Assay in 1 server\b/);
    expect(manager.stdout.match(/Discord: connected as Assay/g)).toHaveLength(2);
    const asked = await fake.command('search', { query: 'cobalt' });
    expect(asked.callbackType).toBe(4);
    expect(asked.body.embeds?.[0]?.title).toMatch(/results? for "cobalt"/);
    expect(shardOf(fake.guildId, 2)).toBeLessThan(2);

    manager.signal('SIGTERM');
    expect(await manager.exitWithin(15_000)).toBe(0);
    expect(manager.stderr.match(/Assay: stopped cleanly\./g)).toHaveLength(2);
  });

  test('a shard that dies stops the others, and the manager exits 1 saying which', async () => {
    const fake = await shardedFake(2);
    const manager = startManager(fake);
    await manager.waitFor(/2 Discord shards running/);
    fake.gateway.closeLive(4004, 'Authentication failed');
    expect(await manager.exitWithin(15_000)).toBe(1);
    expect(manager.stderr).toMatch(/Assay: Discord shard \d stopped; stopping the other shards\./);
    expect(manager.output).not.toContain(fake.token);
  });
});
