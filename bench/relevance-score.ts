import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Assay, shippedCorpusDir } from '../src/index.js';

// Scores a ranker on the relevance set (tests/relevance/queries.json). The test
// and the bench both use this module, so they count hits and MRR the same way.

export interface RelevanceQuery {
  q: string;
  /** Every one of these ids must be in the top 3. */
  expect?: string[];
  /** Every one of the top 3 must be one of these (several records answer equally well). */
  topFrom?: string[];
  note?: string;
}

/** Ids for a query, best first (at least MRR_DEPTH of them when there are that many). */
export type Ranker = (query: string) => readonly string[];

export interface QueryScore {
  query: RelevanceQuery;
  /** The top MRR_DEPTH ids the ranker returned. */
  got: string[];
  /** Every expected id is in the top TOP_K. */
  hit: boolean;
  /** 1-based rank of the best-placed expected id, or null beyond MRR_DEPTH. */
  rank: number | null;
}

export interface RelevanceScore {
  queries: number;
  hits: number;
  /** Share of queries that are hits. */
  top3: number;
  /** Mean reciprocal rank of the best-placed expected id, cut at MRR_DEPTH. */
  mrr: number;
  misses: QueryScore[];
}

export const TOP_K = 3;
export const MRR_DEPTH = 10;
export const TOP3_TARGET = 0.9;

export function readRelevanceQueries(): RelevanceQuery[] {
  const file = join(dirname(shippedCorpusDir()), 'tests', 'relevance', 'queries.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] };
  return parsed.queries;
}

export function scoreQuery(query: RelevanceQuery, rank: Ranker): QueryScore {
  const got = rank(query.q).slice(0, MRR_DEPTH);
  const top = got.slice(0, TOP_K);
  const wanted = expectedIds(query);
  const positions = wanted.map((id) => got.indexOf(id)).filter((index) => index >= 0);
  const hit = query.topFrom
    ? top.length > 0 && top.every((id) => query.topFrom?.includes(id))
    : wanted.every((id) => top.includes(id));
  return { query, got, hit, rank: positions.length > 0 ? Math.min(...positions) + 1 : null };
}

/** The ids a query names, whichever way it names them. */
export function expectedIds(query: RelevanceQuery): string[] {
  return [...(query.expect ?? []), ...(query.topFrom ?? [])];
}

export function scoreRelevance(queries: readonly RelevanceQuery[], rank: Ranker): RelevanceScore {
  const scores = queries.map((query) => scoreQuery(query, rank));
  const hits = scores.filter((score) => score.hit).length;
  const reciprocal = scores.reduce(
    (sum, score) => sum + (score.rank === null ? 0 : 1 / score.rank),
    0,
  );
  return {
    queries: scores.length,
    hits,
    top3: scores.length === 0 ? 0 : hits / scores.length,
    mrr: scores.length === 0 ? 0 : reciprocal / scores.length,
    misses: scores.filter((score) => !score.hit),
  };
}

/** Ranks through the whole core, as a user would: `search <q>`, pages 1 and 2. */
export function assayRanker(assay: Assay): Ranker {
  return (query) => {
    const ids: string[] = [];
    for (let page = 1; ids.length < MRR_DEPTH; page++) {
      const reply = assay.run(`search ${query}${page > 1 ? ` page:${page}` : ''}`);
      if (reply.kind !== 'search' || reply.results.length === 0) break;
      ids.push(...reply.results.map((item) => item.id));
      if (!reply.paging || page >= reply.paging.pageCount) break;
    }
    return ids;
  };
}

/** "Assay: top-3 140/154 = 0.909, MRR 0.874" and one line per miss. */
export function formatRelevance(label: string, score: RelevanceScore): string {
  const lines = [
    `${label}: top-3 ${score.hits}/${score.queries} = ${score.top3.toFixed(3)}, MRR@${MRR_DEPTH} ${score.mrr.toFixed(3)}`,
  ];
  for (const miss of score.misses) lines.push(`  miss ${describeMiss(miss)}`);
  return lines.join('\n');
}

export function describeMiss(miss: QueryScore): string {
  const rank = miss.rank === null ? `not in top ${MRR_DEPTH}` : `best expected at #${miss.rank}`;
  const got = miss.got.slice(0, TOP_K).join(', ') || 'nothing';
  const expected = miss.query.topFrom
    ? `top 3 from ${miss.query.topFrom.join(' | ')}`
    : (miss.query.expect ?? []).join(' + ');
  return `"${miss.query.q}": expected ${expected} (${rank}); got ${got}`;
}
