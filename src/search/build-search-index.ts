import type { CorpusRecord } from '../corpus/corpus.js';
import { runAtOnce, runInSlices, type Steps } from '../run-in-slices.js';
import { foldText, pushFoldedWords } from '../text/fold-text.js';
import { type Postings, PostingsBuilder } from './postings-builder.js';
import { type TieOrder, tieOrder } from './rank-order.js';
import { FIELD_WEIGHT, type FieldName, recordFields } from './record-text.js';
import type { SearchIndex } from './search-index.js';
import { searchRecords } from './search-records.js';
import { VARIANTS } from './synonyms.js';
import { phraseAt, phrasesByFirstWord, TokenTable } from './token-table.js';
import { VocabularyMatcher } from './vocabulary-matcher.js';

export type { Postings } from './postings-builder.js';

export interface IndexData {
  records: readonly CorpusRecord[];
  postings: Map<string, Postings>;
  /** Every token, sorted, for prefix look-ups. */
  sortedTokens: string[];
  /** A readable word for each token (the stem "mine" reads as "mines"). */
  surface: Map<string, string>;
  /** Typo matching over the words as written (not their stems), each mapped to its token. */
  matcher: VocabularyMatcher;
  tokenOfWord: Map<string, string>;
  /** The records each folded title, acronym and id names, for exact-name matches. */
  docsNamed: Map<string, number[]>;
  /** The tie-break between equal scores: fewer countries and minerals, then the later year. */
  tie: TieOrder;
}

/** Fields from the heaviest down: a token's first field in a record is its best. */
const FIELDS = (Object.keys(FIELD_WEIGHT) as FieldName[]).sort(
  (a, b) => FIELD_WEIGHT[b] - FIELD_WEIGHT[a],
);

/** Keeps phrases from running across two texts of a field ("… Ghana | artisanal …"). */
const TEXT_BREAK = '|';

/** The folded words of a field's texts, with a break between texts. */
function fieldWords(texts: readonly string[]): string[] {
  const words: string[] = [];
  for (const text of texts) {
    if (text === '') continue;
    if (words.length > 0) words.push(TEXT_BREAK);
    pushFoldedWords(text, words);
  }
  return words;
}

/** A record that names no country, or no or all minerals, speaks for many: it is broad. */
const UNSTATED_BREADTH = 10;

function breadthOf(record: CorpusRecord): number {
  const { countries, minerals } = record;
  const mineralBreadth =
    minerals.length === 0 || minerals.includes('all minerals') ? UNSTATED_BREADTH : minerals.length;
  return (countries.length || UNSTATED_BREADTH) + mineralBreadth;
}

/** Built once per corpus load; queries only read it. */
export function buildSearchIndex(records: readonly CorpusRecord[]): SearchIndex {
  return runAtOnce(searchIndexSteps(records));
}

/** Like buildSearchIndex, in slices: replies keep coming while a reloaded corpus is indexed. */
export function buildSearchIndexInSlices(records: readonly CorpusRecord[]): Promise<SearchIndex> {
  return runInSlices(searchIndexSteps(records));
}

function* searchIndexSteps(records: readonly CorpusRecord[]): Steps<SearchIndex> {
  const table = new TokenTable();
  const phrases = phrasesByFirstWord(table);
  const builder = new PostingsBuilder();
  const docsNamed = new Map<string, number[]>();

  for (const [doc, record] of records.entries()) {
    builder.startDoc();
    const texts = recordFields(record);
    for (const field of FIELDS) {
      const weight = FIELD_WEIGHT[field];
      const words = fieldWords(texts[field]);
      for (let at = 0; at < words.length; at++) {
        let word = words[at] as string;
        if (word === TEXT_BREAK) continue;
        if (word === 'labor') {
          word = 'labour';
          words[at] = word;
        }
        const id = table.wordId(word);
        if (id >= 0) builder.add(id, weight);
      }
      for (let at = 0; at < words.length; at++) {
        for (const phrase of phrases.get(words[at] as string) ?? []) {
          if (phraseAt(words, at, phrase.words)) builder.add(phrase.tokenId, weight);
        }
      }
    }
    for (const name of [record.title, record.acronym ?? '', record.id]) {
      if (name === '') continue;
      const folded = foldText(name);
      const docs = docsNamed.get(folded);
      if (docs) docs.push(doc);
      else docsNamed.set(folded, [doc]);
    }
    yield;
  }

  const built = yield* builder.build(table.tokens.length);
  const postings = new Map<string, Postings>();
  const surface = new Map<string, string>();
  for (let id = 0; id < table.tokens.length; id++) {
    const list = built[id];
    if (!list) continue;
    const token = table.tokens[id] as string;
    postings.set(token, list);
    surface.set(token, table.surfaces[id] ?? token);
    yield;
  }
  const sortedTokens = [...postings.keys()].sort();
  const tokenOfWord = new Map<string, string>();
  for (const [word, id] of table.words()) {
    const token = table.tokens[id] as string;
    // A word that stands for another ("coltan" → tantalum) is no typo target: "cobolt" is not coltan.
    if (postings.has(token) && VARIANTS[word] === undefined) tokenOfWord.set(word, token);
    yield;
  }
  const breadth = new Uint16Array(records.length);
  const recency = new Uint16Array(records.length);
  records.forEach((record, doc) => {
    breadth[doc] = Math.min(65535, breadthOf(record));
    recency[doc] = record.years?.to ?? 0;
  });
  const data: IndexData = {
    records,
    postings,
    sortedTokens,
    surface,
    matcher: yield* VocabularyMatcher.build(tokenOfWord.keys()),
    tokenOfWord,
    docsNamed,
    tie: tieOrder(breadth, recency),
  };
  return {
    size: records.length,
    search: (words, options) => searchRecords(data, words, options),
    didYouMean: (word, limit = 3) => didYouMean(data, word, limit),
  };
}

function didYouMean(data: IndexData, word: string, limit: number): string[] {
  const frequency = (candidate: string) =>
    data.postings.get(data.tokenOfWord.get(candidate) ?? '')?.docs.length ?? 0;
  return data.matcher
    .suggest(foldText(word), limit * 3)
    .sort(
      (a, b) =>
        b.similarity * Math.log1p(frequency(b.token)) -
        a.similarity * Math.log1p(frequency(a.token)),
    )
    .slice(0, limit)
    .map((match) => match.token);
}
