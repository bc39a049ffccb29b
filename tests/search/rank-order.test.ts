import { describe, expect, it } from 'vitest';
import { compareByRank, orderDocs, tieOrder } from '../../src/search/rank-order.js';

// orderDocs orders hits without a comparator; it must give exactly the order
// the comparator sort it replaced gave: the higher score, then the fewer
// countries and minerals, then the later year, then corpus order.

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Case {
  breadth: Uint16Array;
  recency: Uint16Array;
  docs: number[];
  score: Float64Array;
}

/** A corpus of `size` with `kept` docs listed and scores drawn from `distinct` values (many ties). */
function makeCase(random: () => number, size: number, kept: number, distinct: number): Case {
  const breadth = Uint16Array.from({ length: size }, () => 1 + Math.floor(random() * 12));
  const recency = Uint16Array.from({ length: size }, () =>
    random() < 0.1 ? 0 : 1995 + Math.floor(random() * 30),
  );
  const values = Array.from({ length: distinct }, () => random() * 40 + 0.01);
  const score = new Float64Array(size);
  const all = Array.from({ length: size }, (_, doc) => doc).sort(() => random() - 0.5);
  const docs = all.slice(0, kept);
  for (const doc of docs) score[doc] = values[Math.floor(random() * distinct)] as number;
  return { breadth, recency, docs, score };
}

function byComparator({ breadth, recency, docs, score }: Case): number[] {
  return [...docs].sort(
    (a, b) =>
      (score[b] as number) - (score[a] as number) ||
      (breadth[a] as number) - (breadth[b] as number) ||
      (recency[b] as number) - (recency[a] as number) ||
      a - b,
  );
}

describe('ordering hits without a comparator', () => {
  const random = seeded(9);
  const shapes: [number, number, number][] = [
    [1, 1, 1],
    [50, 0, 3],
    [500, 7, 2],
    [500, 30, 30],
    [2_000, 90, 5],
    [2_000, 1_900, 40],
    [10_000, 8_000, 108],
    [10_000, 4_000, 4_000],
    [10_000, 600, 1],
  ];

  it('gives the comparator sort order on many shapes, ties included', () => {
    for (const [size, kept, distinct] of shapes)
      for (let round = 0; round < 4; round++) {
        const one = makeCase(random, size, kept, distinct);
        const ordered = orderDocs(one.docs, one.score, tieOrder(one.breadth, one.recency));
        expect([...ordered], `${size}/${kept}/${distinct}`).toEqual(byComparator(one));
      }
  });

  it('breaks ties like the comparator when re-ranking a few hits', () => {
    const one = makeCase(random, 300, 120, 4);
    const compare = compareByRank(tieOrder(one.breadth, one.recency));
    const hits = one.docs.map((doc) => ({ doc, score: one.score[doc] as number }));
    expect(hits.sort(compare).map((hit) => hit.doc)).toEqual(byComparator(one));
  });
});
