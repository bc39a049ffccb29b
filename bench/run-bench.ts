import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Corpus, createAssay, openAssay, shippedCorpusDir } from '../src/index.js';
import { benchAutocomplete, benchCommands, benchEngines } from './bench-engines.js';
import { benchMethod, PLANS, SEED } from './bench-plan.js';
import {
  benchAdapters,
  benchColdStart,
  describeCore,
  describeMachine,
  loadAverage,
} from './bench-process.js';
import { allOf, atLeast, num, type Row, renderTable } from './bench-table.js';
import { benchChartRender } from './chart-render.js';
import { benchLanguageCost, LANGUAGE_METHOD, languageRelevanceRows } from './language-section.js';
import { benchLoad, LOAD_METHOD } from './load-section.js';
import { benchMeetings, MEETINGS_METHOD } from './meetings-section.js';
import { buildPeerIndex, peerRanker } from './minisearch-peer.js';
import { autocompletePartials, latencyQueries } from './query-set.js';
import {
  assayRanker,
  MRR_DEPTH,
  type RelevanceScore,
  readRelevanceQueries,
  scoreRelevance,
  TOP3_TARGET,
} from './relevance-score.js';
import { benchReload, RELOAD_METHOD } from './reload-latency.js';
import { benchStore, STORE_METHOD } from './store-latency.js';
import { makeSyntheticCorpus } from './synthetic-corpus.js';
import { writeResults } from './write-results.js';

// `npm run bench`: every number in one run, printed as one table and written
// to bench/RESULTS.md. A script, not a test: nothing here fails on a timing.

const COMMAND = 'npm run bench (node --expose-gc dist/bench/run-bench.js)';

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** Heap figures need global.gc: run again under --expose-gc when it is missing. */
function rerunWithGc(): never {
  const args = [
    '--expose-gc',
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    ...process.argv.slice(2),
  ];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

function benchSizes(shipped: Corpus, queries: string[], partials: string[]): Row[] {
  const engineRows: Row[][] = [];
  const otherRows: Row[] = [];
  for (const plan of PLANS) {
    const corpus = plan.size === null ? shipped : makeSyntheticCorpus(shipped, plan.size, SEED);
    const label =
      plan.size === null ? `shipped (${corpus.records.length})` : plan.size.toLocaleString('en');
    engineRows.push(benchEngines(corpus.records, label, queries, plan.rounds, plan.targets));
    if (plan.commandRounds > 0) {
      const assay = createAssay(corpus);
      otherRows.push(...benchCommands(assay, label, plan.commandRounds));
      if (plan.size === null || plan.autocompleteTarget !== undefined) {
        otherRows.push(benchAutocomplete(assay, label, partials, plan.autocompleteTarget));
      }
    }
    progress(`measured ${label} records`);
  }
  const byMeasure = [0, 1, 2].flatMap((kind) => engineRows.map((rows) => rows[kind] as Row));
  return [...byMeasure, ...groupByMeasure(otherRows)];
}

/** Rows of one measure together, in plan order; run counts in parentheses do not split a group. */
function groupByMeasure(rows: Row[]): Row[] {
  const key = (row: Row) => row.measure.replace(/ \(.*\)$/, '');
  return [...new Set(rows.map(key))].flatMap((measure) =>
    rows.filter((row) => key(row) === measure),
  );
}

function relevanceRows(assay: RelevanceScore, peer: RelevanceScore, label: string): Row[] {
  const top3 = (score: RelevanceScore) =>
    `${score.hits}/${score.queries} = ${score.top3.toFixed(3)}`;
  return [
    {
      measure: 'relevance top-3 (all expected ids in the top 3)',
      records: label,
      assay: top3(assay),
      peer: top3(peer),
      target: `≥ ${TOP3_TARGET} and ≥ MiniSearch`,
      status: allOf(
        atLeast(assay.top3, TOP3_TARGET, ''),
        atLeast(assay.top3, peer.top3, ' below MiniSearch'),
      ),
    },
    {
      measure: `relevance MRR@${MRR_DEPTH}`,
      records: label,
      assay: assay.mrr.toFixed(3),
      peer: peer.mrr.toFixed(3),
      target: '≥ MiniSearch',
      status: atLeast(assay.mrr, peer.mrr, ' below MiniSearch'),
    },
  ];
}

async function main(): Promise<void> {
  const started = performance.now();
  const shippedAssay = openAssay();
  const shipped = shippedAssay.corpus;
  const relevance = readRelevanceQueries();
  const queries = latencyQueries(shipped, relevance);
  const partials = autocompletePartials(relevance);

  const load = loadAverage();
  const assayScore = scoreRelevance(relevance, assayRanker(shippedAssay));
  const peerScore = scoreRelevance(relevance, peerRanker(buildPeerIndex(shipped.records)));
  progress('scored relevance');
  // Before the large corpora, so the child does not compete with this process's heap.
  const root = dirname(shippedCorpusDir());
  const coldStart = benchColdStart(root);
  progress('measured cold start');
  const sizeRows = benchSizes(shipped, queries, partials);
  const charts = benchChartRender(shippedAssay);
  progress('measured chart renders');
  const adapters = await benchAdapters();
  const store = await benchStore();
  progress('measured the store');
  const meetings = await benchMeetings(progress);
  const loadRows = await benchLoad(progress);
  const reloadRows = await benchReload(shipped, progress);
  const label = `shipped (${shipped.records.length})`;
  const languages = [...benchLanguageCost(shipped, queries), ...languageRelevanceRows(label)];
  progress('measured language reading');
  const rows = [
    ...sizeRows,
    coldStart,
    ...charts,
    ...adapters,
    ...store,
    ...meetings,
    ...loadRows,
    ...reloadRows,
    ...relevanceRows(assayScore, peerScore, label),
    ...languages,
  ];

  const seconds = (performance.now() - started) / 1000;
  const { file, markdown } = writeResults(root, {
    rows,
    machine: `${describeMachine()}; load average ${load} at the start, ${loadAverage()} at the end`,
    core: describeCore(root),
    command: COMMAND,
    seconds,
    relevance: { assay: assayScore, peer: peerScore },
    method: [
      ...benchMethod(queries, relevance, partials),
      STORE_METHOD,
      MEETINGS_METHOD,
      LOAD_METHOD,
      RELOAD_METHOD,
      LANGUAGE_METHOD,
    ],
  });
  process.stdout.write(`${markdown}\nWritten to ${file} in ${num(seconds)} s.\n`);
}

/** `--only <section>`: one section alone, printed, RESULTS.md left as it is. */
const SECTIONS: Record<string, () => Promise<Row[]>> = {
  load: () => benchLoad(progress),
  reload: () => benchReload(openAssay().corpus, progress),
  languages: languageRows,
  meetings: () => benchMeetings(progress),
};

async function sectionOnly(name: string, run: () => Promise<Row[]>): Promise<void> {
  const load = loadAverage();
  const rows = await run();
  process.stdout.write(
    `${renderTable(rows)}\n${describeMachine()}; load average ${load} at the start, ${loadAverage()} at the end (--only ${name})\n`,
  );
}

/** `--only languages`: language reading's cost and relevance per language. */
async function languageRows(): Promise<Row[]> {
  const shipped = openAssay().corpus;
  const queries = latencyQueries(shipped, readRelevanceQueries());
  const label = `shipped (${shipped.records.length})`;
  return [...benchLanguageCost(shipped, queries), ...languageRelevanceRows(label)];
}

const only = process.argv.indexOf('--only');
const section = only === -1 ? undefined : process.argv[only + 1];
const sectionRun = section === undefined ? undefined : SECTIONS[section];
if (section !== undefined && !sectionRun) {
  process.stderr.write(
    `bench: --only takes one section: ${Object.keys(SECTIONS).join(' or ')} (e.g. --only reload)\n`,
  );
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') rerunWithGc();
await (section && sectionRun ? sectionOnly(section, sectionRun) : main());
