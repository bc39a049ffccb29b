import type { CorpusRecord } from '../corpus/corpus.js';

/** A record found by a search, with how well it matched. */
export interface Hit {
  record: CorpusRecord;
  score: number;
  /** How many of the query's terms the record matched. */
  covered: number;
  /** The record's position in the indexed list. */
  doc: number;
}

export interface SearchOutcome {
  /** Best first. Records matching every term, or, if none does, those matching the most. */
  hits: Hit[];
  /** The terms as understood (after synonyms and phrases), for notes. */
  terms: string[];
  /** Terms no kept record matches (only when no record matches every term). */
  unmatched: string[];
  /** Words of the query that match nothing at all in the corpus. */
  unknownWords: string[];
}

export interface SearchOptions {
  /** Treat the last word as a prefix still being typed (autocomplete). */
  prefixLast?: boolean;
  /** Return only the best this many hits (autocomplete): skips sorting the rest. */
  limit?: number;
  /** Only records that pass (the query's filters): ranking and the cut-off see no others. */
  filter?: (record: CorpusRecord) => boolean;
}

export interface SearchIndex {
  readonly size: number;
  search(words: readonly string[], options?: SearchOptions): SearchOutcome;
  /** Vocabulary words close to a word that matched nothing, most common first. */
  didYouMean(word: string, limit?: number): string[];
}
