import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { atMost, num, type Row } from './bench-table.js';
import { type Latency, measureDiscordLatency } from './discord-latency.js';
import { MB, spread, timed } from './measure.js';
import { measureSlackLatency } from './slack-latency.js';

// What the bench measures outside this process: the bin's cold start, the
// adapters' own latency modules when they exist, and the machine itself.

export const COLD_START_ARGS = ['--json', 'search', 'gold'];
const COLD_START_RUNS = 10;
const COLD_START_TARGET_MS = 400;

/** Wall time of `node dist/src/main.js --json search gold`, from spawn to exit. */
export function benchColdStart(root: string): Row {
  const main = join(root, 'dist', 'src', 'main.js');
  const run = () =>
    spawnSync(process.execPath, [main, ...COLD_START_ARGS], {
      cwd: root,
      encoding: 'utf8',
      env: process.env,
    });
  const first = run();
  const measure = `cold start \`node dist/src/main.js ${COLD_START_ARGS.join(' ')}\` ms, median / p95 (${COLD_START_RUNS} runs)`;
  const target = `median ≤ ${COLD_START_TARGET_MS} ms`;
  if (first.status !== 0 || !answersSearch(first.stdout)) {
    const why = (first.stderr || first.stdout || String(first.error)).trim().split('\n')[0] ?? '';
    return { measure, records: 'shipped', assay: `failed: ${why}`, target, status: 'not measured' };
  }
  const samples = Array.from({ length: COLD_START_RUNS }, () => timed(run).ms);
  const { median, p95 } = spread(samples);
  return {
    measure,
    records: 'shipped',
    assay: `${num(median)} / ${num(p95)}`,
    target,
    status: atMost(median, COLD_START_TARGET_MS, 'ms'),
  };
}

function answersSearch(stdout: string): boolean {
  try {
    return (JSON.parse(stdout) as { kind?: string }).kind === 'search';
  } catch {
    return false;
  }
}

// The issues ask for the time from request to reply over 100 requests.
const ADAPTER_RUNS = 100;

/** Request → reply through the real bolt and discord.js against the local fake platforms. */
export async function benchAdapters(): Promise<Row[]> {
  const runs: { measure: string; latency: () => Promise<Latency> }[] = [
    {
      measure: 'Slack HTTP: signed slash command → reply',
      latency: () => measureSlackLatency(ADAPTER_RUNS, 'http'),
    },
    {
      measure: 'Slack Socket Mode: envelope → reply',
      latency: () => measureSlackLatency(ADAPTER_RUNS, 'socket'),
    },
    {
      measure: 'Slack HTTP: `/assay stats by:mineral` (text chart narrowed to a phone) → reply',
      latency: () => measureSlackLatency(ADAPTER_RUNS, 'http', 'stats by:mineral'),
    },
    {
      measure: 'Discord: INTERACTION_CREATE → callback',
      latency: () => measureDiscordLatency(ADAPTER_RUNS),
    },
    {
      measure: 'Discord: `/assay stats by:mineral` with its PNG chart → reply',
      latency: () => measureDiscordLatency(ADAPTER_RUNS, 'stats', { by: 'mineral' }),
    },
  ];
  const rows: Row[] = [];
  for (const run of runs) {
    const latency = await run.latency();
    rows.push({
      measure: `${run.measure} ms, median / p95 (${ADAPTER_RUNS} requests)`,
      records: 'shipped',
      assay: `${num(latency.median)} / ${num(latency.p95)}${latency.deferred ? ` (${latency.deferred} deferred)` : ''}`,
    });
  }
  return rows;
}

export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  return `Node ${process.version} on ${process.platform}/${process.arch}; ${model}, ${cores.length} cores; ${num(totalmem() / MB / 1024)} GB RAM`;
}

/** "1.2 0.9 0.5": other work on the machine skews timings, so the results say how busy it was. */
export const loadAverage = (): string =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

/** The commit measured, and whether src/ had uncommitted changes (read-only git calls). */
export function describeCore(root: string): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown commit';
  const changed = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
  return changed > 0 ? `${commit} with uncommitted changes to ${changed} file(s) in src/` : commit;
}
