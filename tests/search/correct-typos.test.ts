import { describe, expect, it } from 'vitest';
import { correctTypos, typoOf } from '../../src/search/correct-typos.js';

describe('a typo of a term word', () => {
  it('is read as the one closest word of the language', () => {
    expect(typoOf('fr', 'enfents', 'enfents')).toBe('enfants');
    expect(typoOf('es', 'artesnal', 'artesnal')).toBe('artesanal');
    expect(typoOf('fr', 'orpaillge', 'orpaillge')).toBe('orpaillage');
    const { words, corrected } = correctTypos('pt', {
      raw: ['trabalho', 'infantl'],
      folded: ['trabalho', 'infantl'],
    });
    expect(words.raw).toEqual(['trabalho', 'infantil']);
    expect(corrected).toEqual([false, true]);
  });

  it('leaves alone short words, known words and words two typos away', () => {
    expect(typoOf('es', 'plano', 'plano')).toBeUndefined();
    expect(typoOf('fr', 'enfant', 'enfant')).toBeUndefined();
    expect(typoOf('es', 'mining', 'mining')).toBeUndefined();
    // Seven letters allow one edit only: "enfxnts" is two from "enfants".
    expect(typoOf('fr', 'enfxnxs', 'enfxnxs')).toBeUndefined();
  });
});
