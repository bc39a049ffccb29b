import { type Assay, buildSearchIndex, type Corpus } from '../src/index.js';
import { allOf, atMost, num, type Row, ratio, spreadText } from './bench-table.js';
import { heapUsed, MB, type Spread, spread, timed, timeEach } from './measure.js';
import { buildPeerIndex } from './minisearch-peer.js';

// Index build, heap and raw search latency for Assay's index and MiniSearch on
// one corpus; whole commands and autocomplete through the core.

type CorpusRecord = Corpus['records'][number];

export interface Targets {
  searchP95?: number;
  /** Assay's search p95 at most this many times MiniSearch's. */
  peerRatio?: number;
  buildMs?: number;
  heapMB?: number;
}

interface EngineRun {
  buildMs: number;
  indexMB: number;
  totalMB: number;
  latency: Spread;
}

const WARM_UP = 20;

function measureEngine<I>(
  build: () => I,
  search: (index: I, query: string) => unknown,
  queries: readonly string[],
  rounds: number,
): EngineRun {
  const before = heapUsed();
  const { value: index, ms: buildMs } = timed(build);
  const after = heapUsed();
  for (const query of queries.slice(0, WARM_UP)) search(index, query);
  const latency = spread(timeEach(queries, (query) => search(index, query), rounds));
  return { buildMs, indexMB: (after - before) / MB, totalMB: after / MB, latency };
}

export function benchEngines(
  records: readonly CorpusRecord[],
  label: string,
  queries: readonly string[],
  rounds: number,
  targets: Targets,
): Row[] {
  const assay = measureEngine(
    () => buildSearchIndex(records),
    (index, query) => index.search(query.split(/\s+/)),
    queries,
    rounds,
  );
  const peer = measureEngine(
    () => buildPeerIndex(records),
    (index, query) => index.search(query),
    queries,
    rounds,
  );
  return [searchRow(label, assay, peer, targets), ...buildAndHeapRows(label, assay, peer, targets)];
}

function searchRow(label: string, assay: EngineRun, peer: EngineRun, targets: Targets): Row {
  const { searchP95, peerRatio } = targets;
  const target = [
    searchP95 === undefined ? '' : `p95 ≤ ${searchP95} ms`,
    peerRatio === undefined ? '' : `≤ ${peerRatio}× MiniSearch`,
  ].filter(Boolean);
  const verdicts = [
    searchP95 === undefined ? 'met' : atMost(assay.latency.p95, searchP95, 'ms'),
    peerRatio === undefined
      ? 'met'
      : atMost(assay.latency.p95 / peer.latency.p95, peerRatio, '× of MiniSearch'),
  ];
  return {
    measure: `search ms, median / p95 / max (${assay.latency.count} runs)`,
    records: label,
    assay: spreadText(assay.latency),
    peer: spreadText(peer.latency),
    ratio: `${ratio(assay.latency.p95, peer.latency.p95)} (p95)`,
    target: target.join(', '),
    status: target.length > 0 ? allOf(...verdicts) : '',
  };
}

function buildAndHeapRows(
  label: string,
  assay: EngineRun,
  peer: EngineRun,
  targets: Targets,
): Row[] {
  const { buildMs, heapMB } = targets;
  return [
    {
      measure: 'index build ms',
      records: label,
      assay: num(assay.buildMs),
      peer: num(peer.buildMs),
      ratio: ratio(assay.buildMs, peer.buildMs),
      target: buildMs === undefined ? '' : `≤ ${buildMs} ms`,
      status: buildMs === undefined ? '' : atMost(assay.buildMs, buildMs, 'ms'),
    },
    {
      measure: 'heap MB, index / whole process',
      records: label,
      assay: `${num(assay.indexMB)} / ${num(assay.totalMB)}`,
      peer: `${num(peer.indexMB)} / ${num(peer.totalMB)}`,
      ratio: `${ratio(assay.indexMB, peer.indexMB)} (index)`,
      target: heapMB === undefined ? '' : `index ≤ ${heapMB} MB`,
      status: heapMB === undefined ? '' : atMost(assay.indexMB, heapMB, 'MB'),
    },
  ];
}

export const COMMANDS = ['search gold', 'stats by:country', 'brief mercury'] as const;

export function benchCommands(assay: Assay, label: string, rounds: number): Row[] {
  return COMMANDS.map((command) => {
    assay.run(command);
    const samples = timeEach([command], (text) => assay.run(text), rounds);
    const { median, p95 } = spread(samples);
    return {
      measure: `command \`${command}\` ms, median / p95 (${rounds} runs)`,
      records: label,
      assay: `${num(median)} / ${num(p95)}`,
    };
  });
}

export function benchAutocomplete(
  assay: Assay,
  label: string,
  partials: readonly string[],
  target?: number,
): Row {
  for (const partial of partials.slice(0, WARM_UP)) assay.complete('query', partial);
  const latency = spread(timeEach(partials, (partial) => assay.complete('query', partial)));
  return {
    measure: `autocomplete complete('query', …) ms, median / p95 / max (${latency.count} runs)`,
    records: label,
    assay: spreadText(latency),
    target: target === undefined ? '' : `p95 ≤ ${target} ms`,
    status: target === undefined ? '' : atMost(latency.p95, target, 'ms'),
  };
}
