import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { foldText } from '../text/fold-text.js';
import { PHRASE_TOKENS, VARIANTS } from './synonyms.js';

// Words as the index and the query both see them: folded, stop words dropped,
// spelling variants merged, then stemmed by a well-kept stemmer (Snowball
// English from @orama/stemmers), so formalisation/formalise, mine/mining and
// child/children meet. The stemmer is chosen per language: more can be added.

export type Language = 'en';
const STEMMERS: Record<Language, (word: string) => string> = { en: englishStemmer };

/** Words that carry no topic in any query or record. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or that the their this to was ' +
    'were which with about what who how do does any all i me my we our you your show find list give ' +
    'projects project programmes programme interventions intervention initiatives'
  ).split(' '),
);

/**
 * Question and filler words: never required, never ranked. Kept apart from
 * the stop words so the index still holds them where they form names.
 */
const FILLER_WORDS = new Set(
  (
    'whats what s where when why which who whom whose how is are was were there here any anything ' +
    'something some tell know need want please can could would should will did does do doing done been ' +
    'being get got see read me i im id we our you your us about on in at of for to from with the a ' +
    'an and or happening exist exists available looking look published'
  ).split(' '),
);

/** US "-ize" spellings read as the UK "-ise" ones (organization → organisation). */
const US_IZE = /iz(?=e|a|i)/g;

const stemmed = new Map<string, string>();

/** A word's token: its spelling variant, else its stem in `language`. */
export function stem(word: string, language: Language = 'en'): string {
  let known = stemmed.get(word);
  if (known === undefined) {
    known = stemWord(word, language);
    // The vocabulary of a corpus is small; the cap only guards against unbounded input.
    if (stemmed.size < 200_000) stemmed.set(word, known);
  }
  return known;
}

function stemWord(word: string, language: Language): string {
  const variant = VARIANTS[word];
  if (variant) return variant;
  if (/\d/.test(word) || word.length <= 3) return word;
  const spelled = word.replace(US_IZE, 'is');
  return VARIANTS[spelled] ?? STEMMERS[language](spelled);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export function isFillerWord(word: string): boolean {
  return FILLER_WORDS.has(word) || STOP_WORDS.has(word);
}

/** The domain's phrases of several words, spaced as they are looked for, in PHRASE_TOKENS's order. */
const PHRASES = PHRASE_TOKENS.flatMap(({ token, phrases }) =>
  phrases
    .filter((phrase) => phrase.includes(' '))
    .map((phrase) => ({ token, phrase, spaced: ` ${phrase} ` })),
);

const LABOR = /\blabor\b/g;

interface PlacedTerm {
  typed: string;
  token: string;
  /** Where the term starts in the query: terms are returned in the order typed. */
  at: number;
}

/**
 * A query's terms: phrases the domain knows become one token ("ivory coast" →
 * cotedivoire), the rest are single words. Each term keeps the text typed.
 * Filler words are dropped unless the query is nothing but filler.
 */
export function queryTerms(words: readonly string[]): { typed: string; token: string }[] {
  const joined = foldText(words.join(' '));
  let folded = ` ${joined.includes('labor') ? joined.replace(LABOR, 'labour') : joined} `;
  const terms: PlacedTerm[] = [];
  // A phrase needs two words: a query of one word is spared the look-ups.
  if (joined.includes(' '))
    for (const { token, phrase, spaced } of PHRASES) {
      const at = folded.indexOf(spaced);
      if (at < 0) continue;
      terms.push({ typed: phrase, token, at: at + 1 });
      folded = `${folded.slice(0, at)} ${'\u0000'.repeat(phrase.length)} ${folded.slice(at + phrase.length + 2)}`;
    }
  const plain: PlacedTerm[] = [];
  let offset = 0;
  for (const word of folded.split(' ')) {
    if (word !== '' && !word.startsWith('\u0000') && !isStopWord(word))
      plain.push({ typed: word, token: stem(word), at: offset });
    offset += word.length + 1;
  }
  const topical = plain.filter((term) => !FILLER_WORDS.has(term.typed));
  const kept = topical.length > 0 || terms.length > 0 ? topical : plain;
  if (terms.length === 0) return kept.map(({ typed, token }) => ({ typed, token }));
  terms.push(...kept);
  terms.sort((a, b) => a.at - b.at);
  return terms.map(({ typed, token }) => ({ typed, token }));
}
