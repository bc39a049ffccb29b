import MiniSearch from 'minisearch';
import type { Corpus } from '../src/index.js';
import type { Ranker } from './relevance-score.js';

// The peer the issue measures against: MiniSearch with prefix and fuzzy 0.2
// over title, tags, summary and countries, otherwise its defaults.

type CorpusRecord = Corpus['records'][number];

const FIELDS = ['title', 'tags', 'summary', 'countries'] as const;

export type PeerIndex = MiniSearch<CorpusRecord>;

export function buildPeerIndex(records: readonly CorpusRecord[]): PeerIndex {
  const index = new MiniSearch<CorpusRecord>({
    fields: [...FIELDS],
    idField: 'id',
    extractField: (record, field) => {
      const value = record[field as keyof CorpusRecord];
      return Array.isArray(value) ? value.join(' ') : value;
    },
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
  index.addAll(records);
  return index;
}

export function peerRanker(index: PeerIndex): Ranker {
  return (query) => index.search(query).map((result) => String(result.id));
}
