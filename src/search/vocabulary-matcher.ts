import Fuse from 'fuse.js';

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

export class VocabularyMatcher {
  private readonly byLength = new Map<number, Fuse<string>>();
  private readonly loose = new Map<number, Fuse<string>>();
  private readonly cache = new Map<string, FuzzyMatch[]>();

  constructor(vocabulary: Iterable<string>) {
    const buckets = new Map<number, string[]>();
    for (const token of vocabulary) {
      if (/^\d+$/.test(token)) continue;
      const bucket = buckets.get(token.length) ?? [];
      bucket.push(token);
      buckets.set(token.length, bucket);
    }
    for (const [length, tokens] of buckets) {
      this.byLength.set(length, new Fuse(tokens, FUSE_OPTIONS));
      this.loose.set(length, new Fuse(tokens, { ...FUSE_OPTIONS, threshold: SUGGEST_THRESHOLD }));
    }
  }

  /** Vocabulary words within a typo or two of `word`, best first. */
  match(word: string, limit = 4): FuzzyMatch[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const found = this.run(this.byLength, word, limit);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  /** Like match, with a looser threshold: for "did you mean" after a miss. */
  suggest(word: string, limit: number): FuzzyMatch[] {
    return this.run(this.loose, word, limit);
  }

  private run(fuses: Map<number, Fuse<string>>, word: string, limit: number): FuzzyMatch[] {
    if (word.length < 3 || /^\d+$/.test(word)) return [];
    const spread = word.length >= 7 ? 2 : 1;
    const found: FuzzyMatch[] = [];
    for (let length = word.length - spread; length <= word.length + spread; length++) {
      const fuse = fuses.get(length);
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
