import { isPlainAscii } from '../text/fold-text.js';
import { LEXICON_LANGUAGES, type LexiconLanguage } from '../vocabulary/lexicon-table.js';
import { isEvidence } from './guess-language.js';
import { LANGUAGE_TABLES } from './language-tables.js';
import type { Match, MatchesByLanguage, Words } from './match-terms.js';
import { typedPhrase } from './query-words.js';
import type { QueryPiece } from './read-query.js';
import { isFillerWord } from './tokenize.js';

// A query read as English may still hold a French, Spanish or Portuguese name
// or term ("child labour RDC cobalt", "child labor cobalto congo escolas"):
// those are put into the corpus's English too. Only what is evidence of its
// language is (no English word, no typo, no ambiguous term), and a word alone
// only with a second sign of its language (an accent, or one of its little
// words that English lacks): "guide" is English as well as French.
// An English query without such a word is left exactly as typed.

/** Several words, a place name, an accent, or a little word of the language beside it. */
function signed(language: LexiconLanguage, words: Words, match: Match): boolean {
  if (match.end - match.start > 1 || match.translation.kind === 'place') return true;
  if (!isPlainAscii(words.raw[match.start] as string)) return true;
  const { stops } = LANGUAGE_TABLES[language];
  return words.folded.some((word) => stops.has(word) && !isFillerWord(word));
}

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
      if (!signed(language, words, match)) continue;
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
