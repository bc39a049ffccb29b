import type { Corpus } from './corpus/corpus.js';
import { dataStampOf } from './data-stamp.js';
import type { DataStamp } from './reply.js';
import { buildSearchIndex, buildSearchIndexInSlices } from './search/build-search-index.js';
import type { SearchIndex } from './search/search-index.js';

/** One corpus with everything built from it: replaced whole, never edited. */
export interface Served {
  corpus: Corpus;
  index: SearchIndex;
  data: DataStamp;
}

export const serve = (corpus: Corpus): Served => ({
  corpus,
  index: buildSearchIndex(corpus.records),
  data: dataStampOf(corpus),
});

/** Like serve, indexing in slices so that replies keep coming meanwhile. */
export const serveInSlices = async (corpus: Corpus): Promise<Served> => ({
  corpus,
  index: await buildSearchIndexInSlices(corpus.records),
  data: dataStampOf(corpus),
});
