import { describe, expect, it } from 'vitest';
import { pairsIn, wordPairs } from '../../src/search/word-pairs.js';
import { foldText } from '../../src/text/fold-text.js';

// Two words of the query stand side by side in a text as its folded text
// reads: apostrophes inside a word vanish, any other run of non-letters is one
// space, and a word must match whole.

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
