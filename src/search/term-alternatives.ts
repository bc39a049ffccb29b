import type { IndexData } from './build-search-index.js';
import type { SearchTerm } from './search-terms.js';
import { EXPANSIONS } from './synonyms.js';

// What a query term matches in the index: the word, its expansions, prefixes
// and typo matches, each with how close it is to what was typed.

const EXPANSION_SIMILARITY = 0.6;
const FUZZY_FACTOR = 0.85;
const MAX_PREFIX_EXPANSIONS = 40;

export interface Alternative {
  token: string;
  similarity: number;
}

/** Index of the first token ≥ prefix in the sorted vocabulary. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

function prefixAlternatives(data: IndexData, token: string, typing: boolean): Alternative[] {
  if (token.length < (typing ? 1 : 4)) return [];
  const out: Alternative[] = [];
  for (let i = lowerBound(data.sortedTokens, token); i < data.sortedTokens.length; i++) {
    const candidate = data.sortedTokens[i] ?? '';
    if (!candidate.startsWith(token)) break;
    if (candidate === token) continue;
    const ratio = token.length / candidate.length;
    out.push({ token: candidate, similarity: typing ? 0.6 + 0.35 * ratio : 0.5 + 0.4 * ratio });
    if (out.length >= MAX_PREFIX_EXPANSIONS) break;
  }
  return out;
}

export function alternativesFor(
  data: IndexData,
  { token, typed, also, english }: SearchTerm,
  typing: boolean,
): Alternative[] {
  const found = new Map<string, number>();
  const add = (candidate: string, similarity: number) => {
    if (data.postings.has(candidate) && (found.get(candidate) ?? 0) < similarity)
      found.set(candidate, similarity);
  };
  add(token, 1);
  if (also) add(also, 1);
  // A word still being typed may be longer than its stem ("evalua" → "evalu").
  if (typing)
    for (let cut = 1; cut <= 3 && token.length - cut >= 3; cut++) add(token.slice(0, -cut), 0.9);
  for (const expansion of EXPANSIONS[token] ?? []) add(expansion, EXPANSION_SIMILARITY);
  for (const { token: candidate, similarity } of prefixAlternatives(data, token, typing))
    add(candidate, similarity);
  // Typos are matched against the words as written: a misspelt word's stem is no guide.
  // A translated term is a word of the lexicon's English, not a typo: its foreign
  // spelling is no guide either ("mercure" is not "measure").
  const written = english ?? typed;
  const unseen = !data.postings.has(token) || !data.tokenOfWord.has(written);
  if (unseen && !written.includes(' ') && !EXPANSIONS[token]) {
    for (const match of data.matcher.match(written)) {
      const matched = data.tokenOfWord.get(match.token);
      if (matched) add(matched, match.similarity * FUZZY_FACTOR);
    }
  }
  return [...found].map(([candidate, similarity]) => ({ token: candidate, similarity }));
}
