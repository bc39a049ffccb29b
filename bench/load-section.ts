import type { Row } from './bench-table.js';
import { loadDiscord, loadSlack } from './load-adapters.js';
import { measureSocketRefresh } from './socket-refresh.js';

// The bench's load section: Slack HTTP and Discord under load, then the Socket Mode gap at a
// refresh. Sizes are modest by default so `npm run bench` stays quick; raise them with
// BENCH_LOAD_SLACK, BENCH_LOAD_DISCORD and BENCH_REFRESHES.

export const LOAD_METHOD =
  'Load: the real adapters against the local fakes on loopback, one process: signed slash ' +
  'commands at concurrency 50 (Slack HTTP mode) and `/assay search` interactions in bursts of ' +
  '50 (Discord), a warm-up round of a quarter, then two rounds; latency from the request ' +
  'leaving the fake to the reply arriving (a request unanswered in 10 s is an error); heap after ' +
  'GC before, between and after the rounds, with the fakes’ records emptied first. Refresh: ' +
  'the fake Slack sends `disconnect` (refresh_requested); the gap runs to the first command ' +
  'answered over the new connection.';

function count(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number above 0, e.g. ${name}=${fallback}`);
  }
  return value;
}

export async function benchLoad(progress: (text: string) => void): Promise<Row[]> {
  const rows = await loadSlack(count('BENCH_LOAD_SLACK', 2000));
  progress('measured Slack under load');
  rows.push(...(await loadDiscord(count('BENCH_LOAD_DISCORD', 1000))));
  progress('measured Discord under load');
  rows.push(await measureSocketRefresh(count('BENCH_REFRESHES', 5)));
  progress('measured the Socket Mode refresh gap');
  return rows;
}
