import { describe, expect, it } from 'vitest';
import { queryWordsAndElisions } from '../../src/search/query-words.js';
import { ELISION_PREFIXES } from '../../src/vocabulary/stop-words-i18n.js';

// The query's words are split by one pass over runs of letters, digits and
// apostrophes. The reference is the rule as regular expressions say it: an
// elided article (not preceded by a letter or digit, followed by an
// apostrophe and a letter) is marked, every other apostrophe dropped, and the
// text split on what is neither letter nor digit.

const APOSTROPHE = "['\u2018\u2019\u02bc`\u00b4]";
const MARK = '\ue000';

function byExpressions(text: string) {
  const prefixes = ELISION_PREFIXES.map((prefix) => prefix.slice(0, -1)).join('|');
  const elision = new RegExp(`(?<![\\p{L}\\p{N}])(${prefixes})${APOSTROPHE}(?=\\p{L})`, 'gu');
  const marked = text
    .toLowerCase()
    .replace(elision, `$1${MARK} `)
    .replace(new RegExp(APOSTROPHE, 'gu'), '');
  const words: string[] = [];
  const elided: boolean[] = [];
  for (const part of marked.split(/[^\p{L}\p{N}\ue000]+/u)) {
    const word = part.replaceAll(MARK, '');
    if (word === '') continue;
    words.push(word);
    elided.push(part.endsWith(MARK));
  }
  return { words, elided };
}

describe('a query’s words', () => {
  it('splits off elided articles and drops other apostrophes', () => {
    expect(queryWordsAndElisions("L'or d’Afrique de l'Ouest, children's work")).toEqual({
      words: ['l', 'or', 'd', 'afrique', 'de', 'l', 'ouest', 'childrens', 'work'],
      elided: [true, false, true, false, false, true, false, false, false],
    });
    expect(queryWordsAndElisions("aujourd'hui jusqu'à l'2020 l''or").words).toEqual([
      'aujourdhui',
      'jusqu',
      'à',
      'l2020',
      'lor',
    ]);
  });

  it('agrees with the rule as regular expressions say it, on many made-up texts', () => {
    // Letters, digits, article letters, every apostrophe, spaces and marks, in short random texts.
    const alphabet = [..."ldqujsnctmaeoé'‘’ʼ`´ 0-,?¿xÀ"];
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 0; round < 20_000; round++) {
      const length = 1 + Math.floor(random() * 14);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      expect([text, queryWordsAndElisions(text)]).toEqual([text, byExpressions(text)]);
    }
  });
});
