import { LEXICON_LANGUAGES } from '../vocabulary/lexicon-table.js';
import { isEvidence } from './guess-language.js';
import { LANGUAGE_TABLES } from './language-tables.js';
import type { Match, MatchesByLanguage, Words } from './match-terms.js';
import { typedPhrase } from './query-words.js';
import type { QueryPiece } from './read-query.js';

// A query read as English may still hold a French, Spanish or Portuguese name
// or term ("child labour RDC cobalt", "child labor cobalto congo escolas"):
// those are put into the corpus's English too. Only what is evidence of its
// language is (no English word, no typo, no ambiguous term), so an English
// query without one is left exactly as typed.

/** The English query's pieces: the words as typed, foreign names and terms in English. */
export function englishPieces(
  typed: readonly string[],
  words: Words,
  found: MatchesByLanguage,
): QueryPiece[] {
  const owner: (Match | undefined)[] = [];
  for (const language of LEXICON_LANGUAGES)
    for (const match of found[language]) {
      if (match.typos || !isEvidence(LANGUAGE_TABLES[language], words, match)) continue;
      if (owner.slice(match.start, match.end).some(Boolean)) continue;
      for (let at = match.start; at < match.end; at++) owner[at] = match;
    }
  if (!owner.some(Boolean)) return typed.map((word) => ({ typed: word }));
  const phrase = { words: words.raw, elided: words.elided ?? [] };
  const pieces: QueryPiece[] = [];
  for (let at = 0; at < words.raw.length; at++) {
    const match = owner[at];
    if (!match) {
      pieces.push({ typed: words.raw[at] as string });
      continue;
    }
    const { english, kind } = match.translation;
    pieces.push({ typed: typedPhrase(phrase, match.start, match.end), english, kind });
    at = match.end - 1;
  }
  return pieces;
}
