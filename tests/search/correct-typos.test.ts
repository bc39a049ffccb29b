import { describe, expect, it } from 'vitest';
import { correctTypos, editsWithin, typoOf } from '../../src/search/correct-typos.js';
import { LANGUAGE_TABLES } from '../../src/search/language-tables.js';
import { editDistance } from '../../src/text/closest-words.js';

describe('the bounded edit distance of the typo reader', () => {
  it('agrees with editDistance up to its limit, and says "more" beyond it', () => {
    const words = [...LANGUAGE_TABLES.fr.termWords.keys()].slice(0, 120);
    const typos = ['enfents', 'orpaillge', 'artesnal', 'infantil', 'infanitl', 'travial', 'e', ''];
    for (const a of [...words.slice(0, 30), ...typos])
      for (const b of [...words, ...typos])
        for (const limit of [1, 2])
          expect(editsWithin(a, b, limit), `${a}/${b}/${limit}`).toBe(
            Math.min(editDistance(a, b), limit + 1),
          );
  });
});

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
