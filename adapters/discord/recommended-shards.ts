import type { DiscordConfig } from '../../src/index.js';
import { restApiBase } from './start-discord.js';

// How many shards Discord wants (`shards: 'auto'`), asked at DISCORD_API_URL like every
// other call: discord.js's own fetchRecommendedShardCount always asks discord.com.
// https://discord.com/developers/docs/events/gateway#get-gateway-bot

const DISCORD_API = 'https://discord.com/api';
const TIMEOUT_MS = 10_000;

export interface ShardPlan {
  shards: number;
  /** How many shards may IDENTIFY at once (one per 5 s each). */
  maxConcurrency: number;
}

export async function recommendedShards(config: DiscordConfig): Promise<ShardPlan> {
  const url = `${restApiBase(config.apiUrl ?? DISCORD_API)}/v10/gateway/bot`;
  const response = await fetch(url, {
    headers: { authorization: `Bot ${config.token}` },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status === 401)
    throw new Error('Discord refused DISCORD_TOKEN (401 at /gateway/bot)');
  if (!response.ok) throw new Error(`Discord answered ${response.status} at /gateway/bot`);
  const body = (await response.json()) as {
    shards?: unknown;
    session_start_limit?: { max_concurrency?: unknown };
  };
  const shards = Number(body.shards);
  if (!Number.isInteger(shards) || shards < 1)
    throw new Error(`Discord's /gateway/bot gave no shard count (${JSON.stringify(body.shards)})`);
  const concurrency = Number(body.session_start_limit?.max_concurrency);
  return {
    shards,
    maxConcurrency: Number.isInteger(concurrency) && concurrency > 0 ? concurrency : 1,
  };
}
