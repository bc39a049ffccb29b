import type { Targets } from './bench-engines.js';
import { COLD_START_ARGS } from './bench-process.js';
import { MRR_DEPTH, type RelevanceQuery } from './relevance-score.js';

// What the bench runs at each corpus size, with the issue's targets, and how
// each number is taken (written under the table in RESULTS.md).

export const SEED = 1;

export interface Plan {
  size: number | null;
  rounds: number;
  targets: Targets;
  commandRounds: number;
  autocompleteTarget?: number;
}

export const PLANS: Plan[] = [
  { size: null, rounds: 5, targets: { searchP95: 2 }, commandRounds: 30 },
  { size: 1_000, rounds: 3, targets: {}, commandRounds: 0 },
  {
    size: 10_000,
    rounds: 2,
    targets: { searchP95: 10, peerRatio: 2, buildMs: 1_000 },
    commandRounds: 10,
    autocompleteTarget: 5,
  },
  {
    size: 100_000,
    rounds: 1,
    targets: { searchP95: 100, heapMB: 300, buildMs: 10_000 },
    commandRounds: 3,
  },
];

export function benchMethod(
  queries: string[],
  relevance: RelevanceQuery[],
  partials: string[],
): string[] {
  return [
    `Latency query set: ${queries.length} queries (the ${relevance.length} relevance queries, 6 broad ones such as "gold" and "child labour", 60 drawn from shipped words with a typo in every fourth), after a 20-query warm-up; ${PLANS.map((plan) => `${plan.size?.toLocaleString('en') ?? 'shipped'} × ${plan.rounds}`).join(', ')} rounds.`,
    'Assay: `buildSearchIndex(records)` timed for the build and `index.search(words)` per query. MiniSearch 7: `new MiniSearch({ fields: title, tags, summary, countries, searchOptions: { prefix: true, fuzzy: 0.2 } }).addAll(records)` and `search(text)`.',
    'Heap: `process.memoryUsage().heapUsed` after two `global.gc()` calls; index = after build − before build (the figure the heap target is judged on); whole process = after build, with the corpus records, the index and the shipped Assay.',
    `Synthetic corpora: \`bench/synthetic-corpus.ts\`, seed ${SEED}: ~60% interventions, ~40% reports; titles spliced from two real titles, summaries of 250–400 characters stitched from runs of real summary words, real actors, countries, minerals and tags; then a JSON round trip, so records look as if read from a file.`,
    "Commands: `createAssay(corpus).run(text)` after one warm-up run. Autocomplete: `complete('query', partial)` for " +
      `${partials.length} partials (3 prefixes of each relevance query).`,
    `Cold start: \`${process.execPath.split('/').pop()} dist/src/main.js ${COLD_START_ARGS.join(' ')}\` with spawnSync, from spawn to exit, after one warm-up run.`,
    `Relevance: \`search <q>\` through the core (pages 1–2) against MiniSearch's ranking of the shipped records; top-3 needs every expected id in the top 3; MRR uses the best-placed expected id within ${MRR_DEPTH}.`,
  ];
}
