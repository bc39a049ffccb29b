import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shippedCorpusDir } from '../src/index.js';
import type { RelevanceQuery } from './relevance-score.js';

// Issue 9's relevance set in French, Spanish and Portuguese
// (tests/relevance/queries-fr-es-pt.json): queries.json's format plus `lang`.

export const MULTILINGUAL_LANGUAGES = ['fr', 'es', 'pt'] as const;

export interface MultilingualQuery extends RelevanceQuery {
  lang: (typeof MULTILINGUAL_LANGUAGES)[number];
  /** This set names its expected ids one way only. */
  expect: string[];
}

export function readMultilingualQueries(): MultilingualQuery[] {
  const file = join(dirname(shippedCorpusDir()), 'tests', 'relevance', 'queries-fr-es-pt.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { queries: MultilingualQuery[] };
  return parsed.queries;
}
