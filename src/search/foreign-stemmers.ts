import { createRequire } from 'node:module';
import type { LexiconLanguage } from '../vocabulary/lexicon-table.js';

// The Snowball stemmers of French, Spanish and Portuguese (@orama/stemmers),
// loaded the first time a language's table is built: a plainly English query
// (a one-shot `assay search gold`) never pays for them. The package ships a
// CommonJS build of each, which `require` loads synchronously, as the query
// reader needs.

const require = createRequire(import.meta.url);

const PACKAGES: Record<LexiconLanguage, string> = {
  fr: '@orama/stemmers/french',
  es: '@orama/stemmers/spanish',
  pt: '@orama/stemmers/portuguese',
};

type Stemmer = (word: string) => string;

/** The language's stemmer; the first call for a language loads it. */
export function foreignStemmer(language: LexiconLanguage): Stemmer {
  return (require(PACKAGES[language]) as { stemmer: Stemmer }).stemmer;
}
