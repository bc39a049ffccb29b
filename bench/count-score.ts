import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Assay, shippedCorpusDir } from '../src/index.js';

// Scores the hand-counted set (tests/relevance/counts.json): a command's total
// and named rows must equal the counts people made by hand. The test and the
// bench both use this module.

export interface CountQuery {
  q: string;
  total: number;
  rows?: Record<string, number>;
  absent?: string[];
  note?: string;
}

export interface CountMiss {
  query: CountQuery;
  /** What differed, in words. */
  problems: string[];
}

export interface CountScore {
  queries: number;
  right: number;
  misses: CountMiss[];
}

export function readCountQueries(): CountQuery[] {
  const file = join(dirname(shippedCorpusDir()), 'tests', 'relevance', 'counts.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: CountQuery[] }).queries;
}

/** The differences between a command's reply and its hand count (none when right). */
export function countProblems(assay: Assay, query: CountQuery): string[] {
  const reply = assay.run(query.q);
  if (reply.kind !== 'stats' && reply.kind !== 'search') {
    return [`a ${reply.kind} reply: ${reply.kind === 'problem' ? reply.message : reply.title}`];
  }
  const problems: string[] = [];
  if (reply.total !== query.total) problems.push(`total ${reply.total}, not ${query.total}`);
  const buckets = reply.kind === 'stats' ? reply.buckets : [];
  const count = (key: string) => buckets.find((bucket) => bucket.key === key)?.count;
  for (const [key, wanted] of Object.entries(query.rows ?? {})) {
    if (count(key) !== wanted) problems.push(`${key} ${count(key) ?? 'missing'}, not ${wanted}`);
  }
  for (const key of query.absent ?? []) {
    if (count(key) !== undefined) problems.push(`${key} listed (${count(key)})`);
  }
  return problems;
}

export function scoreCounts(assay: Assay, queries: readonly CountQuery[]): CountScore {
  const misses = queries
    .map((query) => ({ query, problems: countProblems(assay, query) }))
    .filter((miss) => miss.problems.length > 0);
  return { queries: queries.length, right: queries.length - misses.length, misses };
}

export function formatCounts(label: string, score: CountScore): string {
  const lines = [`${label}: hand counts ${score.right}/${score.queries} right`];
  for (const miss of score.misses)
    lines.push(`  wrong "${miss.query.q}": ${miss.problems.join('; ')}`);
  return lines.join('\n');
}
