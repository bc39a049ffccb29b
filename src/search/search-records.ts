import type { IndexData } from './build-search-index.js';
import { boostWordPairs, rankHits } from './rank-hits.js';
import type { Hit, SearchOptions, SearchOutcome } from './search-index.js';
import { type SearchTerm, searchTerms } from './search-terms.js';
import { EXPANSIONS } from './synonyms.js';

// Matching: each query term's alternatives (the word, its expansions, prefixes
// and typo matches) are looked up in the postings; rank-hits.ts orders them.

const EXPANSION_SIMILARITY = 0.6;
const FUZZY_FACTOR = 0.85;
const MAX_PREFIX_EXPANSIONS = 40;
const MAX_TERMS = 31; // one bit per term in a 32-bit mask

interface Alternative {
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

function alternativesFor(
  data: IndexData,
  { token, typed, also }: SearchTerm,
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
  const unseen = !data.postings.has(token) || !data.tokenOfWord.has(typed);
  if (unseen && !typed.includes(' ') && !EXPANSIONS[token]) {
    for (const match of data.matcher.match(typed)) {
      const matched = data.tokenOfWord.get(match.token);
      if (matched) add(matched, match.similarity * FUZZY_FACTOR);
    }
  }
  return [...found].map(([candidate, similarity]) => ({ token: candidate, similarity }));
}

export function searchRecords(
  data: IndexData,
  typedWords: readonly string[],
  options: SearchOptions = {},
): SearchOutcome {
  const read = searchTerms(data, typedWords, options);
  const { words } = read;
  const terms = read.terms.slice(0, MAX_TERMS);
  const outcome: SearchOutcome = {
    hits: [],
    terms: terms.map((term) => term.typed),
    unmatched: [],
    unknownWords: [],
  };
  if (terms.length === 0) return outcome;

  const total = data.records.length;
  const score = new Float64Array(total);
  const mask = new Uint32Array(total);
  const termBest = new Float64Array(total);
  const touched: number[] = [];
  const rarities: number[] = [];

  terms.forEach((term, position) => {
    const typing = options.prefixLast === true && position === terms.length - 1;
    const alternatives = alternativesFor(data, term, typing);
    if (alternatives.length === 0) outcome.unknownWords.push(term.typed);
    const bit = 1 << position;
    const termDocs: number[] = [];
    // Rarity belongs to the term, not to the variant matched: a rare completion
    // or misspelling ("mercurio" for "merc") must not outrank the common word.
    let frequency = 0;
    for (const { token } of alternatives) frequency += data.postings.get(token)?.docs.length ?? 0;
    const rarity = Math.log(1 + total / Math.max(1, frequency));
    rarities.push(alternatives.length === 0 ? 0 : rarity);
    for (const { token, similarity } of alternatives) {
      const postings = data.postings.get(token);
      if (!postings) continue;
      for (let i = 0; i < postings.docs.length; i++) {
        const doc = postings.docs[i] as number;
        const value = similarity * (postings.weights[i] as number) * rarity;
        if (((mask[doc] as number) & bit) === 0) {
          if (mask[doc] === 0) touched.push(doc);
          mask[doc] = (mask[doc] as number) | bit;
          termBest[doc] = value;
          termDocs.push(doc);
        } else if (value > (termBest[doc] as number)) {
          termBest[doc] = value;
        }
      }
    }
    for (const doc of termDocs) score[doc] = (score[doc] as number) + (termBest[doc] as number);
  });

  const { filter } = options;
  const kept = filter
    ? touched.filter((doc) => filter(data.records[doc] as Hit['record']))
    : touched;
  const ranked = rankHits(data, {
    words,
    terms: terms.length,
    rarities,
    touched: kept,
    score,
    mask,
  });
  const order = rankOrder(data);
  if (options.limit === undefined) {
    outcome.hits = ranked.hits.sort(order);
    const meanRarity = rarities.reduce((sum, value) => sum + value, 0) / rarities.length;
    boostWordPairs(outcome.hits, words, meanRarity, order);
  } else {
    outcome.hits = bestOf(ranked.hits, options.limit, order);
  }
  outcome.unmatched = terms
    .filter((_, position) => (ranked.union & (1 << position)) === 0)
    .map((term) => term.typed);
  return outcome;
}

/**
 * Best first: the higher score; on a tie the more specific record (fewer
 * countries and minerals), then the more recent, then corpus order — never the
 * alphabet. Breadth and recency come from arrays made at build time.
 */
function rankOrder(data: IndexData): (a: Hit, b: Hit) => number {
  const { breadth, recency } = data;
  return (a, b) =>
    b.score - a.score ||
    (breadth[a.doc] as number) - (breadth[b.doc] as number) ||
    (recency[b.doc] as number) - (recency[a.doc] as number) ||
    a.doc - b.doc;
}

/** The best `limit` hits in rank order, without sorting them all. */
function bestOf(hits: readonly Hit[], limit: number, order: (a: Hit, b: Hit) => number): Hit[] {
  const best: Hit[] = [];
  for (const hit of hits) {
    const worst = best[best.length - 1];
    if (best.length >= limit && worst && order(hit, worst) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(hit, best[at - 1] as Hit) < 0) at--;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best;
}
