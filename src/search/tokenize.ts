import { foldText } from '../text/fold-text.js';
import { PHRASE_TOKENS, VARIANTS } from './synonyms.js';

// Words as the index and the query both see them: folded, stop words dropped,
// plurals trimmed, spelling variants merged.

const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or that the their this to was ' +
    'were which with about what who how do does any all i me my we our you your show find list give ' +
    'projects project programmes programme interventions intervention initiatives'
  ).split(' '),
);

const stemmed = new Map<string, string>();

/** A light stemmer: enough to meet "mines"/"mine", "studies"/"study", not a full Porter. */
export function stem(word: string): string {
  let known = stemmed.get(word);
  if (known === undefined) {
    known = stemWord(word);
    // The vocabulary of a corpus is small; the cap only guards against unbounded input.
    if (stemmed.size < 200_000) stemmed.set(word, known);
  }
  return known;
}

function stemWord(word: string): string {
  const variant = VARIANTS[word];
  if (variant) return variant;
  if (/^\d/.test(word) || word.length <= 3) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (/[^su]s$/.test(stemmed) && !/(is|us|ss|os)$/.test(stemmed))
    stemmed = stemmed.slice(0, -1);
  return VARIANTS[stemmed] ?? stemmed;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * A query's terms: phrases the domain knows become one token ("ivory coast" →
 * cotedivoire), the rest are single words. Each term keeps the text typed.
 */
export function queryTerms(words: readonly string[]): { typed: string; token: string }[] {
  let folded = ` ${foldText(words.join(' ')).replace(/\blabor\b/g, 'labour')} `;
  const terms: { typed: string; token: string; at: number }[] = [];
  for (const { token, phrases } of PHRASE_TOKENS) {
    for (const phrase of phrases) {
      const at = folded.indexOf(` ${phrase} `);
      if (at < 0 || !phrase.includes(' ')) continue;
      terms.push({ typed: phrase, token, at });
      folded = `${folded.slice(0, at)} ${'\u0000'.repeat(phrase.length)} ${folded.slice(at + phrase.length + 2)}`;
    }
  }
  let offset = 0;
  for (const word of folded.split(' ')) {
    if (word !== '' && !word.startsWith('\u0000') && !isStopWord(word)) {
      terms.push({ typed: word, token: stem(word), at: folded.indexOf(` ${word} `, offset) });
    }
    offset += word.length + 1;
  }
  terms.sort((a, b) => a.at - b.at);
  return terms.map(({ typed, token }) => ({ typed, token }));
}
