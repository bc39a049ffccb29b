import type { CorpusRecord } from '../corpus/corpus.js';
import { foldText } from '../text/fold-text.js';
import { FIELD_WEIGHT, type FieldName, recordFields } from './record-text.js';
import type { SearchIndex } from './search-index.js';
import { searchRecords } from './search-records.js';
import { indexTokens, stem } from './tokenize.js';
import { VocabularyMatcher } from './vocabulary-matcher.js';

/** token → the records holding it and, for each, the weight of its best field. */
export interface Postings {
  docs: Int32Array;
  weights: Uint8Array;
}

export interface IndexData {
  records: readonly CorpusRecord[];
  postings: Map<string, Postings>;
  /** Every token, sorted, for prefix look-ups. */
  sortedTokens: string[];
  /** A readable word for each token (the stem "mine" reads as "mines"). */
  surface: Map<string, string>;
  matcher: VocabularyMatcher;
  /** Folded title, acronym and id of each record, for exact-name matches. */
  names: string[][];
}

/** Built once per corpus load; queries only read it. */
export function buildSearchIndex(records: readonly CorpusRecord[]): SearchIndex {
  const growing = new Map<string, { docs: number[]; weights: number[] }>();
  const surface = new Map<string, string>();
  const names: string[][] = [];
  const fields = Object.keys(FIELD_WEIGHT) as FieldName[];

  const remember = (token: string, word: string) => {
    if (!surface.has(token)) surface.set(token, word);
  };
  records.forEach((record, doc) => {
    const best = new Map<string, number>();
    const texts = recordFields(record);
    for (const field of fields) {
      const weight = FIELD_WEIGHT[field];
      for (const token of indexTokens(texts[field], remember)) {
        if ((best.get(token) ?? 0) < weight) best.set(token, weight);
      }
    }
    for (const [token, weight] of best) {
      let list = growing.get(token);
      if (!list) {
        list = { docs: [], weights: [] };
        growing.set(token, list);
      }
      list.docs.push(doc);
      list.weights.push(weight);
    }
    names.push([record.title, record.acronym ?? '', record.id].filter(Boolean).map(foldText));
  });

  const postings = new Map<string, Postings>();
  for (const [token, list] of growing) {
    postings.set(token, {
      docs: Int32Array.from(list.docs),
      weights: Uint8Array.from(list.weights),
    });
  }
  const sortedTokens = [...postings.keys()].sort();
  const data: IndexData = {
    records,
    postings,
    sortedTokens,
    surface,
    matcher: new VocabularyMatcher(sortedTokens),
    names,
  };
  return {
    size: records.length,
    search: (words, options) => searchRecords(data, words, options),
    didYouMean: (word, limit = 3) => didYouMean(data, word, limit),
  };
}

function didYouMean(data: IndexData, word: string, limit: number): string[] {
  const token = stem(foldText(word));
  const frequency = (candidate: string) => data.postings.get(candidate)?.docs.length ?? 0;
  return data.matcher
    .suggest(token, limit * 3)
    .sort(
      (a, b) =>
        b.similarity * Math.log1p(frequency(b.token)) -
        a.similarity * Math.log1p(frequency(a.token)),
    )
    .slice(0, limit)
    .map((match) => data.surface.get(match.token) ?? match.token);
}
