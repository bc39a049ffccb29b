import Fuse from 'fuse.js';
import type { Steps } from '../run-in-slices.js';

// fuse.js does what it is good at here: typo-tolerant matching of one query
// word against the corpus vocabulary (short strings), never over long text.
// The vocabulary is split by word length so a word is only compared with words
// a typo or two away in length, and results are cached per word.

const FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  isCaseSensitive: true,
  shouldSort: true,
});

/** Looser, for did-you-mean after nothing matched. */
const SUGGEST_THRESHOLD = 0.45;
const CACHE_LIMIT = 2000;

export interface FuzzyMatch {
  token: string;
  /** 0 (none) … 1 (identical). */
  similarity: number;
}

type Strictness = 'match' | 'suggest';

/**
 * Vocabulary buckets: by first letter and length (typos rarely hit the first
 * letter, and a bucket of one letter is a twentieth of the work), and by length
 * alone for the rare typo that does.
 */
const bucketKey = (length: number, first = '*') => `${first}${length}`;

export class VocabularyMatcher {
  // One fuse.js instance per bucket and strictness, made the first time a
  // query needs it: a one-shot command that needs no typo tolerance pays nothing.
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, FuzzyMatch[]>();

  private constructor(private readonly buckets: ReadonlyMap<string, string[]>) {}

  /** Buckets the vocabulary, a word a step. */
  static *build(vocabulary: Iterable<string>): Steps<VocabularyMatcher> {
    const buckets = new Map<string, string[]>();
    for (const token of vocabulary) {
      if (/^\d+$/.test(token)) continue;
      for (const key of [bucketKey(token.length, token[0]), bucketKey(token.length)]) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(token);
        else buckets.set(key, [token]);
      }
      yield;
    }
    return new VocabularyMatcher(buckets);
  }

  private fuse(key: string, strictness: Strictness): Fuse<string> | undefined {
    const cacheKey = `${strictness}:${key}`;
    let fuse = this.fuses.get(cacheKey);
    const tokens = this.buckets.get(key);
    if (!fuse && tokens) {
      const threshold = strictness === 'match' ? FUSE_OPTIONS.threshold : SUGGEST_THRESHOLD;
      fuse = new Fuse(tokens, { ...FUSE_OPTIONS, threshold });
      this.fuses.set(cacheKey, fuse);
    }
    return fuse;
  }

  /** Vocabulary words within a typo or two of `word`, best first. */
  match(word: string, limit = 4): FuzzyMatch[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const found = this.run('match', word, limit);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  /** Like match, with a looser threshold: for "did you mean" after a miss. */
  suggest(word: string, limit: number): FuzzyMatch[] {
    return this.run('suggest', word, limit);
  }

  private run(strictness: Strictness, word: string, limit: number): FuzzyMatch[] {
    if (word.length < 3 || /^\d+$/.test(word)) return [];
    const sameFirst = this.search(strictness, word, limit, word[0]);
    return sameFirst.length > 0 ? sameFirst : this.search(strictness, word, limit);
  }

  private search(
    strictness: Strictness,
    word: string,
    limit: number,
    first?: string,
  ): FuzzyMatch[] {
    const spread = word.length >= 7 ? 2 : 1;
    const found: FuzzyMatch[] = [];
    for (let length = word.length - spread; length <= word.length + spread; length++) {
      const fuse = this.fuse(bucketKey(length, first), strictness);
      if (!fuse) continue;
      for (const result of fuse.search(word, { limit })) {
        if (result.item === word) continue;
        found.push({ token: result.item, similarity: 1 - (result.score ?? 1) });
      }
    }
    found.sort((a, b) => b.similarity - a.similarity || a.token.localeCompare(b.token));
    return found.slice(0, limit);
  }
}
