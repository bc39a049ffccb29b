import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as current from '../src/index.js';
import { SEED } from './bench-plan.js';
import { num } from './bench-table.js';
import { type Spread, spread, timed } from './measure.js';
import { latencyQueries } from './query-set.js';
import { readRelevanceQueries } from './relevance-score.js';
import { makeSyntheticCollections } from './synthetic-corpus.js';

// This build against another commit's build, in one process on the same
// records and queries, taking turns query by query, so a busy machine slows
// both alike and the ratio holds. Build the other commit in its own worktree:
//   git worktree add --detach /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/
//   (cd /tmp/old && npx tsc -p tsconfig.build.json)
//   node dist/bench/compare-commits.js /tmp/old

type Core = Pick<typeof current, 'buildCorpus' | 'buildSearchIndex' | 'createAssay'>;
type Engine = { name: string; run: (input: string) => unknown };

const USAGE =
  'usage: node dist/bench/compare-commits.js <other worktree, built> [--size 10000] [--rounds 20] [--command-size 100000] [--command-runs 15] [--command "brief mercury"]... [--only search|commands]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '20' },
    'command-size': { type: 'string', default: '100000' },
    'command-runs': { type: 'string', default: '15' },
    command: { type: 'string', multiple: true, default: ['brief mercury'] },
    only: { type: 'string' },
  },
});
const otherRoot = positionals[0];
if (otherRoot === undefined) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const progress = (text: string) => process.stderr.write(`compare: ${text}\n`);

const otherEntry = pathToFileURL(resolve(otherRoot, 'dist', 'src', 'index.js')).href;
const other = (await import(otherEntry)) as Core;
const shipped = current.openAssay().corpus;

/** The same synthetic collections built into a corpus by each core's own code. */
function corpora(size: number): [current.Corpus, current.Corpus] {
  const made = makeSyntheticCollections(shipped, size, SEED);
  const raw = () => ({
    ...(JSON.parse(JSON.stringify(made)) as typeof made),
    lessons: [],
    areas: shipped.areas,
  });
  return [current.buildCorpus(raw(), 2025), other.buildCorpus(raw(), 2025)];
}

/** Samples per engine; each input runs once per engine per round, the order swapped each round. */
function alternate(engines: [Engine, Engine], inputs: readonly string[], rounds: number) {
  const samples: number[][][] = engines.map(() => inputs.map(() => []));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    inputs.forEach((input, at) => {
      for (const e of order) samples[e]?.[at]?.push(timed(() => engines[e]?.run(input)).ms);
    });
  }
  return samples;
}

const text = (s: Spread) => `${num(s.median)} / ${num(s.p95)} / ${num(s.max)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function report(label: string, engines: [Engine, Engine], samples: number[][][]): void {
  const [mine, theirs] = samples.map((perInput) => spread(perInput.flat())) as [Spread, Spread];
  const medians = samples.map((perInput) => spread(perInput.map((s) => spread(s).median)));
  const [mineMedians, theirMedians] = medians as [Spread, Spread];
  const lines = [
    `${label}: median / p95 / max ms over ${mine.count} runs each`,
    `  ${engines[0].name}: ${text(mine)}`,
    `  ${engines[1].name}: ${text(theirs)}`,
    `  ratio this ÷ other: median ${ratio(mine.median, theirs.median)}, p95 ${ratio(mine.p95, theirs.p95)}`,
    `  per-input medians, median / p95: this ${num(mineMedians.median)} / ${num(mineMedians.p95)}, other ${num(theirMedians.median)} / ${num(theirMedians.p95)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The inputs that slowed most (per-input medians), to know where to look. */
function slowest(inputs: readonly string[], samples: number[][][], count = 8): void {
  const median = (s: number[]) => spread(s).median;
  const rows = inputs.map((input, at) => ({
    input,
    mine: median(samples[0]?.[at] ?? []),
    theirs: median(samples[1]?.[at] ?? []),
  }));
  rows.sort((a, b) => b.mine - b.theirs - (a.mine - a.theirs));
  process.stdout.write('  most slowed (this − other, median ms):\n');
  for (const row of rows.slice(0, count))
    process.stdout.write(`    ${num(row.mine)} vs ${num(row.theirs)}  ${row.input}\n`);
}

function compareSearch(size: number, rounds: number): void {
  const queries = latencyQueries(shipped, readRelevanceQueries());
  const [mineCorpus, theirCorpus] = corpora(size);
  const mine = current.buildSearchIndex(mineCorpus.records);
  const theirs = other.buildSearchIndex(theirCorpus.records);
  const words = (query: string) => query.split(/\s+/);
  const engines: [Engine, Engine] = [
    { name: 'this ', run: (query) => mine.search(words(query)) },
    { name: 'other', run: (query) => theirs.search(words(query)) },
  ];
  alternate(engines, queries.slice(0, 20), 1);
  progress(`search at ${size} records, ${queries.length} queries × ${rounds} rounds`);
  const samples = alternate(engines, queries, rounds);
  report(`index.search, ${size} records, ${queries.length} queries`, engines, samples);
  slowest(queries, samples);
}

function compareCommands(size: number, runs: number, commands: readonly string[]): void {
  const [mineCorpus, theirCorpus] = corpora(size);
  const mine = current.createAssay(mineCorpus);
  const theirs = other.createAssay(theirCorpus);
  const engines: [Engine, Engine] = [
    { name: 'this ', run: (command) => mine.run(command) },
    { name: 'other', run: (command) => theirs.run(command) },
  ];
  for (const command of commands) {
    alternate(engines, [command], 2);
    progress(`\`${command}\` at ${size} records × ${runs}`);
    report(`command \`${command}\`, ${size} records`, engines, alternate(engines, [command], runs));
  }
}

if (values.only !== 'commands') compareSearch(Number(values.size), Number(values.rounds));
if (values.only !== 'search')
  compareCommands(Number(values['command-size']), Number(values['command-runs']), values.command);
process.stdout.write(
  `other build: ${resolve(otherRoot)}; load average ${loadavg().map(num).join(' ')}\n`,
);
