import { foldText } from '../text/fold-text.js';
import type { IndexData } from './build-search-index.js';
import type { Hit, SearchOptions, SearchOutcome } from './search-index.js';
import { EXPANSIONS } from './synonyms.js';
import { queryTerms } from './tokenize.js';

// Ranking: a record that matches more of the query's terms always ranks above
// one that matches fewer; among equals, the sum of each term's best match
// (similarity × field weight × rarity) decides, and an exact name or acronym wins.

const EXPANSION_SIMILARITY = 0.6;
const FUZZY_FACTOR = 0.85;
const MAX_PREFIX_EXPANSIONS = 40;
const EXACT_NAME_BONUS = 50;
const MAX_TERMS = 31; // one bit per term in a 32-bit mask
const NEAR_MATCH_FLOOR = 5;

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

function alternativesFor(data: IndexData, token: string, typing: boolean): Alternative[] {
  const found = new Map<string, number>();
  const add = (candidate: string, similarity: number) => {
    if (data.postings.has(candidate) && (found.get(candidate) ?? 0) < similarity)
      found.set(candidate, similarity);
  };
  add(token, 1);
  for (const expansion of EXPANSIONS[token] ?? []) add(expansion, EXPANSION_SIMILARITY);
  for (const { token: candidate, similarity } of prefixAlternatives(data, token, typing))
    add(candidate, similarity);
  if (!data.postings.has(token)) {
    for (const match of data.matcher.match(token))
      add(match.token, match.similarity * FUZZY_FACTOR);
  }
  return [...found].map(([candidate, similarity]) => ({ token: candidate, similarity }));
}

export function searchRecords(
  data: IndexData,
  words: readonly string[],
  options: SearchOptions = {},
): SearchOutcome {
  const terms = queryTerms(words).slice(0, MAX_TERMS);
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

  terms.forEach((term, position) => {
    const typing = options.prefixLast === true && position === terms.length - 1;
    const alternatives = alternativesFor(data, term.token, typing);
    if (alternatives.length === 0) outcome.unknownWords.push(term.typed);
    const bit = 1 << position;
    const termDocs: number[] = [];
    // Rarity belongs to the term, not to the variant matched: a rare completion
    // or misspelling ("mercurio" for "merc") must not outrank the common word.
    let frequency = 0;
    for (const { token } of alternatives) frequency += data.postings.get(token)?.docs.length ?? 0;
    const rarity = Math.log(1 + total / Math.max(1, frequency));
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

  const phrase = foldText(words.join(' '));
  let bestCover = 0;
  const covers = new Uint8Array(total);
  for (const doc of touched) {
    const cover = popcount(mask[doc] as number);
    covers[doc] = cover;
    if (cover > bestCover) bestCover = cover;
    if (data.names[doc]?.includes(phrase)) score[doc] = (score[doc] as number) + EXACT_NAME_BONUS;
  }

  // Few records match every word of a long query: show those first, then the
  // ones missing a single word, rather than a near-empty page.
  let minCover = bestCover;
  if (bestCover === terms.length && terms.length >= 3) {
    let complete = 0;
    for (const doc of touched) if (covers[doc] === bestCover) complete++;
    if (complete < NEAR_MATCH_FLOOR) minCover = bestCover - 1;
  }
  const hits: Hit[] = [];
  let union = 0;
  for (const doc of touched) {
    const cover = covers[doc] as number;
    if (cover < minCover) continue;
    if (cover === bestCover) union |= mask[doc] as number;
    hits.push({
      record: data.records[doc] as Hit['record'],
      score: score[doc] as number,
      covered: cover,
    });
  }
  outcome.hits = options.limit === undefined ? hits.sort(byRank) : bestOf(hits, options.limit);
  if (bestCover < terms.length) {
    outcome.unmatched = terms
      .filter((_, position) => (union & (1 << position)) === 0)
      .map((term) => term.typed);
  }
  return outcome;
}

function popcount(value: number): number {
  let count = 0;
  let rest = value;
  while (rest) {
    rest &= rest - 1;
    count++;
  }
  return count;
}

/** More terms covered, then a higher score, then by id (plain comparison: cheap on 100,000 hits). */
function byRank(a: Hit, b: Hit): number {
  return (
    b.covered - a.covered ||
    b.score - a.score ||
    (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0)
  );
}

/** The best `limit` hits in rank order, without sorting them all. */
function bestOf(hits: readonly Hit[], limit: number): Hit[] {
  const best: Hit[] = [];
  for (const hit of hits) {
    const worst = best[best.length - 1];
    if (best.length >= limit && worst && byRank(hit, worst) >= 0) continue;
    let at = best.length;
    while (at > 0 && byRank(hit, best[at - 1] as Hit) < 0) at--;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best;
}
