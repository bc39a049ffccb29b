#!/usr/bin/env node
import { loadEnvFile, openAssay, openStore, readConfig, watchCorpus } from '../../src/index.js';
import { runPlatforms } from '../run-platforms.js';

// One shard of the Discord bot, forked by `npm run discord:shards` (run-shards.ts) with
// SHARDS and SHARD_COUNT set, which discord.js's Client reads itself. Discord only: Slack
// runs as its own instance. Same store and corpus as `npm start`: give every shard one
// DATABASE_URL, or one ASSAY_DATA_DIR on the same machine.

const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const envFile = await loadEnvFile();
  const configured = envFile.ok ? readConfig() : envFile;
  if (!configured.ok) throw new Error(configured.report);
  const { config } = configured;
  if (!config.discord) throw new Error('a Discord shard needs DISCORD_TOKEN and DISCORD_APP_ID');
  const store = await openStore(config.store);
  const assay = openAssay(config.corpusDir, { store });
  if (config.corpusDir)
    watchCorpus(config.corpusDir, assay.reload, (line) => say(`Assay: ${line}`));
  await runPlatforms(assay, { ...config, slack: undefined }, { afterStop: () => store.close() });
}

main().catch((error: unknown) => {
  say(`Assay shard stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
