import type { Corpus, Intervention, Report } from '../src/index.js';

// The pieces the synthetic corpus is made from: a seeded random source, pools
// of real values taken from the shipped corpus, and a maker that draws from them.

type Actor = Intervention['organisations'][number];
type Place = Intervention['countries'][number];

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pools {
  interventions: Intervention[];
  reports: Report[];
  titles: string[][];
  summaries: string[][];
  actors: Actor[];
  places: Place[];
  minerals: string[];
  tags: string[];
  topics: string[];
  publishers: string[];
}

const distinct = <T>(values: T[], key: (value: T) => string = String): T[] => [
  ...new Map(values.map((value) => [key(value), value])).values(),
];
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export function poolsOf(source: Corpus): Pools {
  const { interventions, reports } = source;
  return {
    interventions,
    reports,
    titles: [
      ...interventions.map((record) => record.name),
      ...reports.map((record) => record.title),
    ].map(words),
    summaries: source.records
      .map((record) => words(record.summary))
      .filter((list) => list.length >= 12),
    actors: distinct(
      interventions.flatMap((record) => [...record.organisations, ...record.donors]),
      (actor) => actor.name,
    ),
    places: distinct(
      [...interventions, ...reports].flatMap((record) => record.countries),
      (place) => place.country,
    ),
    minerals: distinct([...interventions, ...reports].flatMap((record) => record.minerals)),
    tags: distinct([...interventions, ...reports].flatMap((record) => record.tags)),
    topics: distinct(reports.flatMap((record) => record.topics)),
    publishers: distinct(reports.map((record) => record.publisher)),
  };
}

export class Maker {
  constructor(
    readonly random: () => number,
    private readonly pools: Pools,
  ) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)] as T;
  }

  some<T>(values: readonly T[], min: number, max: number): T[] {
    const count = Math.min(values.length, this.int(min, max));
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(this.pick(values));
    return [...chosen];
  }

  /** The head of one real title and the tail of another. */
  title(): string {
    const head = this.pick(this.pools.titles);
    const tail = this.pick(this.pools.titles);
    const cut = this.int(1, Math.max(1, head.length - 1));
    const from = this.int(0, Math.max(0, tail.length - 2));
    return [...head.slice(0, cut), ...tail.slice(from)].slice(0, 16).join(' ');
  }

  /** Runs of 6–14 words from random real summaries until 250–400 characters. */
  summary(): string {
    const target = this.int(250, 400);
    const out: string[] = [];
    let length = -1;
    while (length < target) {
      const source = this.pick(this.pools.summaries);
      const start = this.int(0, source.length - 6);
      for (const word of source.slice(start, start + this.int(6, 14))) {
        if (length + 1 + word.length > 399) break;
        out.push(word);
        length += 1 + word.length;
      }
      if (length >= 399 - 20) break;
    }
    out.push(`${(out.pop() ?? '').replace(/[,;:.]+$/, '')}.`);
    return out.join(' ');
  }

  acronym(title: string): string | undefined {
    if (this.random() > 0.3) return undefined;
    const letters = words(title)
      .filter((word) => /^[A-Z]/.test(word))
      .map((word) => word[0]);
    return letters.length >= 2 ? letters.slice(0, 6).join('') : undefined;
  }

  places(min: number, max: number): Place[] {
    return this.some(this.pools.places, min, max).map((place) => ({ country: place.country }));
  }

  sources(id: string): string[] {
    return [`https://example.org/synthetic/${id}`];
  }
}
