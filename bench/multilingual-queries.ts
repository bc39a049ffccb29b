import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shippedCorpusDir } from '../src/index.js';
import {
  type Ranker,
  type RelevanceQuery,
  type RelevanceScore,
  scoreRelevance,
} from './relevance-score.js';

// Issue 9's relevance sets in French, Spanish and Portuguese, in queries.json's
// format plus `lang`: tests/relevance/queries-fr-es-pt.json, and
// queries-typed.json (queries as people type them: typos, no accents, question
// forms, mixed with English).

export const MULTILINGUAL_LANGUAGES = ['fr', 'es', 'pt'] as const;
export type MultilingualLanguage = (typeof MULTILINGUAL_LANGUAGES)[number];

/** Each language must reach this top-3 share (before issue 9's matcher: fr 0.50, es 0.35, pt 0.57). */
export const MULTILINGUAL_TOP3_TARGET = 0.8;

/**
 * The typed set, a dozen queries a language, is gated on its whole share (before
 * the readers for typos, elided "l'or", accents, question words and foreign
 * words in English queries: 28/38 = 0.74), and each language on a floor (before:
 * fr 10/13, es 10/13, pt 8/12).
 */
export const TYPED_TOP3_TARGET = 0.8;
export const TYPED_LANGUAGE_FLOOR = 0.65;

/** The two sets' files in tests/relevance/. */
export type MultilingualSet = 'queries-fr-es-pt.json' | 'queries-typed.json';

export interface MultilingualQuery extends RelevanceQuery {
  lang: MultilingualLanguage;
}

export function readMultilingualQueries(
  set: MultilingualSet = 'queries-fr-es-pt.json',
): MultilingualQuery[] {
  const file = join(dirname(shippedCorpusDir()), 'tests', 'relevance', set);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { queries: MultilingualQuery[] };
  return parsed.queries;
}

/** The set scored per language, in MULTILINGUAL_LANGUAGES order. */
export function scoreByLanguage(
  queries: readonly MultilingualQuery[],
  rank: Ranker,
): { language: MultilingualLanguage; score: RelevanceScore }[] {
  return MULTILINGUAL_LANGUAGES.map((language) => ({
    language,
    score: scoreRelevance(
      queries.filter((query) => query.lang === language),
      rank,
    ),
  }));
}
