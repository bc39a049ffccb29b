import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../src/search/tokenize.js';

// A query's terms come back in the order typed, a known phrase as one term
// where it stands: notes list them so, and the first terms are the ones kept
// when a query has more than a search can hold.

const typedOf = (words: string[]) => queryTerms(words).map((term) => term.typed);

describe('a query’s terms', () => {
  it('keep the order typed around a phrase', () => {
    expect(typedOf(['child', 'ivory', 'coast', 'gold'])).toEqual(['child', 'ivory coast', 'gold']);
    expect(typedOf(['ivory', 'coast', 'child', 'labour'])).toEqual([
      'ivory coast',
      'child',
      'labour',
    ]);
  });

  it('keep a repeated word at each of its places', () => {
    expect(typedOf(['child', 'ivory', 'coast', 'gold', 'child'])).toEqual([
      'child',
      'ivory coast',
      'gold',
      'child',
    ]);
  });

  it('read a phrase as its token, and US labor as labour', () => {
    expect(queryTerms(['artisanal', 'gold', 'mining', 'labor'])).toEqual([
      { typed: 'artisanal gold mining', token: 'asgm' },
      { typed: 'labour', token: 'labour' },
    ]);
  });

  it('drop stop and filler words unless nothing else is left', () => {
    expect(typedOf(['what', 'about', 'the', 'mercury'])).toEqual(['mercury']);
    expect(typedOf(['please', 'tell'])).toEqual(['please', 'tell']);
  });
});
