import type { Corpus } from '../src/index.js';
import type { RelevanceQuery } from './relevance-score.js';
import { seededRandom } from './synthetic-parts.js';

// The fixed queries every engine is timed on: the relevance set, some broad
// queries that match much of a corpus, and queries drawn from shipped words
// (a quarter with a typo), so both rare and common terms are covered.

const BROAD = [
  'gold',
  'child labour',
  'mining',
  'artisanal mining ghana',
  'cobalt drc',
  'due diligence',
];
const DRAWN = 60;

function withTypo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  return `${word.slice(0, at)}${word[at + 1] ?? ''}${word[at] ?? ''}${word.slice(at + 2)}`;
}

export function latencyQueries(
  source: Corpus,
  relevance: readonly RelevanceQuery[],
  seed = 11,
): string[] {
  const random = seededRandom(seed);
  const words = [
    ...new Set(
      source.records
        .flatMap((record) => `${record.title} ${record.summary}`.toLowerCase().split(/[^a-z]+/))
        .filter((word) => word.length >= 4),
    ),
  ].sort();
  const pick = () => words[Math.floor(random() * words.length)] as string;
  const drawn: string[] = [];
  for (let i = 0; i < DRAWN; i++) {
    const count = 1 + Math.floor(random() * 3);
    const query = Array.from({ length: count }, pick);
    if (i % 4 === 3) query[0] = withTypo(query[0] as string, random);
    drawn.push(query.join(' '));
  }
  return [...relevance.map((query) => query.q), ...BROAD, ...drawn];
}

/** What a user has typed on the way to each relevance query: a few prefixes of it. */
export function autocompletePartials(relevance: readonly RelevanceQuery[]): string[] {
  return relevance.flatMap(({ q }) => [q.slice(0, 3), q.slice(0, Math.ceil(q.length / 2)), q]);
}
