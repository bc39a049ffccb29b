#!/usr/bin/env node
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type Shard, ShardingManager } from 'discord.js';
import { loadEnvFile, readConfig } from '../../src/index.js';
import { SHUTDOWN_DEADLINE_MS } from '../supervise-platforms.js';
import { recommendedShards } from './recommended-shards.js';

// `npm run discord:shards`: Discord beyond one gateway connection. Asks Discord how many
// shards it wants (`shards: 'auto'`), forks one discord-shard.js process per shard with
// discord.js's ShardingManager, and stays their one supervisor: SIGTERM/SIGINT stop every
// shard through its own shutdown path; a shard that dies stops the rest (exit 1), so the
// process manager restarts the whole set with a fresh count.

const SHARD_FILE = fileURLToPath(new URL('./discord-shard.js', import.meta.url));
/** Discord lets each of max_concurrency buckets IDENTIFY once per 5 s; discord.js's default gap. */
const IDENTIFY_GAP_MS = 5_500;
const say = (line: string) => process.stderr.write(`${line}\n`);

let stopping = false;
let manager: ShardingManager | undefined;

/** SIGTERM to every shard still running, each through its own shutdown; exit when all are gone. */
async function stopAll(code: number): Promise<never> {
  stopping = true;
  const shards: Shard[] = manager ? [...manager.shards.values()] : [];
  const running = shards.flatMap((shard) =>
    shard.process?.exitCode === null ? [shard.process] : [],
  );
  const exits = running.map((child) =>
    once(child, 'exit').then(([exitCode]) => exitCode as number | null),
  );
  for (const child of running) child.kill('SIGTERM');
  const deadline = new Promise<'late'>((resolve) =>
    setTimeout(resolve, SHUTDOWN_DEADLINE_MS + 1_000, 'late').unref(),
  );
  const outcome = await Promise.race([Promise.all(exits), deadline]);
  if (outcome === 'late') {
    for (const child of running) child.kill('SIGKILL');
    say('Assay: shards still running at the deadline were killed.');
    process.exit(1);
  }
  process.exit(outcome.every((exitCode) => exitCode === 0) ? code : 1);
}

async function main(): Promise<void> {
  const envFile = await loadEnvFile();
  const configured = envFile.ok ? readConfig() : envFile;
  if (!configured.ok) throw new Error(`${configured.report}\nSee .env.example for every key.`);
  const discord = configured.config.discord;
  if (!discord)
    throw new Error('Set DISCORD_TOKEN and DISCORD_APP_ID in .env to run Discord shards.');
  const plan = await recommendedShards(discord);
  const shards = new ShardingManager(SHARD_FILE, {
    totalShards: plan.shards,
    token: discord.token,
    mode: 'process',
    respawn: false,
  });
  manager = shards;
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => void (stopping || stopAll(0)));
  shards.on('shardCreate', (shard) => {
    say(`Assay: Discord shard ${shard.id} of ${plan.shards} starting`);
    shard.on('error', (error) => say(`Assay: Discord shard ${shard.id}: ${String(error)}`));
    shard.on('death', () => {
      if (stopping) return;
      say(`Assay: Discord shard ${shard.id} stopped; stopping the other shards.`);
      void stopAll(1);
    });
  });
  await shards.spawn({
    amount: plan.shards,
    delay: Math.ceil(IDENTIFY_GAP_MS / plan.maxConcurrency),
  });
  const count = `${plan.shards} Discord shard${plan.shards === 1 ? '' : 's'}`;
  say(`Assay: ${count} running, as many as Discord recommends.`);
}

main().catch((error: unknown) => {
  say(`Assay shards stopped: ${error instanceof Error ? error.message : String(error)}`);
  // Shards already started (a later one timed out) are stopped too, not left behind.
  if (!stopping) void stopAll(1);
});
