import type { CorpusRecord } from '../corpus/corpus.js';
import type { QueryLanguage } from './read-query.js';

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
  /** The asker's locale ("fr", "pt-BR"): a hint for the query's language. */
  locale?: string;
  /** The query's language, when the caller has read it already (understandWords). */
  language?: QueryLanguage;
  /** Read French, Spanish and Portuguese (default); false reads every query as English (the bench's baseline). */
  readLanguages?: boolean;
}

export interface SearchIndex {
  readonly size: number;
  search(words: readonly string[], options?: SearchOptions): SearchOutcome;
  /** Vocabulary words close to a word that matched nothing, most common first. */
  didYouMean(word: string, limit?: number): string[];
}
