import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairsIn, wordPairs } from '../../src/search/word-pairs.js';
import { foldText } from '../../src/text/fold-text.js';
import { shippedAssay } from '../support/assays.js';

// pairsIn reads plain ASCII with a pattern instead of folding it: it must
// count exactly what the folded text holds.

const byFolding = (text: string, words: string[]) => {
  const folded = ` ${foldText(text)} `;
  return wordPairs(words).filter((pair) => folded.includes(pair.spaced)).length;
};

describe('word pairs in a text, as folding reads it', () => {
  const cases: [string, string[], number][] = [
    ['Child labour in gold mines', ['child', 'labour'], 1],
    ['CHILD-LABOUR; gold', ['child', 'labour', 'gold'], 2],
    ["The children's work in mines", ['childrens', 'work'], 1],
    ["children ' work", ['children', 'work'], 1],
    ["children'work", ['children', 'work'], 0],
    ["children'work", ['childrenwork', 'x'], 0],
    ["'children' 'work'", ['children', 'work'], 1],
    ['xchildren work', ['children', 'work'], 0],
    ['children workers', ['children', 'work'], 0],
    ['children, 2019 work', ['children', 'work'], 0],
    ['children 2019', ['children', '2019'], 1],
    ['child`ren work', ['children', 'work'], 1],
    ['Côte d’Ivoire cocoa', ['ivoire', 'cocoa'], 0],
    ['Côte d’Ivoire cocoa', ['divoire', 'cocoa'], 1],
    ['gold — mercury', ['gold', 'mercury'], 1],
    ['gold of mercury', ['gold', 'of', 'mercury'], 0],
  ];
  for (const [text, words, count] of cases)
    it(`counts ${count} in "${text}" for "${words.join(' ')}"`, () => {
      expect(pairsIn(text, wordPairs(words))).toBe(count);
      expect(byFolding(text, words)).toBe(count);
    });

  it('agrees with folding on every shipped record for the relevance queries', () => {
    const file = new URL('../relevance/queries.json', import.meta.url);
    const queries = (JSON.parse(readFileSync(file, 'utf8')) as { queries: { q: string }[] })
      .queries;
    let found = 0;
    for (const record of shippedAssay().corpus.records) {
      const text = `${record.title} ${record.summary}`;
      for (const { q } of queries) {
        const words = q.split(' ');
        const expected = byFolding(text, words);
        found += expected;
        if (pairsIn(text, wordPairs(words)) !== expected)
          expect({ id: record.id, q, pairs: pairsIn(text, wordPairs(words)) }).toEqual({
            id: record.id,
            q,
            pairs: expected,
          });
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('word pairs of a question read in French, Spanish or Portuguese', () => {
  // Their adjectives mostly follow the noun: "rapport global" reads "global report" in English.
  it('count the two words in either order', () => {
    const text = 'Global Report on Trafficking in Persons; children’s education in Kolwezi';
    expect(pairsIn(text, wordPairs(['report', 'global']))).toBe(0);
    expect(pairsIn(text, wordPairs(['report', 'global'], true))).toBe(1);
    expect(pairsIn(text, wordPairs(['education', 'childrens', 'kolwezi'], true))).toBe(1);
    expect(pairsIn(foldText(text), wordPairs(['report', 'global'], true))).toBe(1);
  });

  it('count a pair once when the text holds it both ways', () => {
    expect(pairsIn('gold mining and mining gold', wordPairs(['gold', 'mining'], true))).toBe(1);
  });
});
