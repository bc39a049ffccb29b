import { describe, expect, it } from 'vitest';
import { LANGUAGE_TABLES } from '../../src/search/language-tables.js';
import { editDistance, editsWithin } from '../../src/text/closest-words.js';

/** Textbook optimal string alignment distance, a full table: what the reused rows must equal. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe('edit distance', () => {
  const words = [...LANGUAGE_TABLES.fr.termWords.keys()].slice(0, 100);
  const typos = [
    'enfents',
    'orpaillge',
    'artesnal',
    'infanitl',
    'travial',
    'e',
    '',
    'x'.repeat(70),
  ];

  it('counts edits and swaps of two neighbours', () => {
    expect(editDistance('infanitl', 'infantil')).toBe(1);
    expect(editDistance('orpaillge', 'orpaillage')).toBe(1);
    for (const a of [...words.slice(0, 20), ...typos])
      for (const b of [...words, ...typos])
        expect(editDistance(a, b), `${a}/${b}`).toBe(reference(a, b));
  });

  it('within a limit: exact up to it, limit + 1 beyond it', () => {
    for (const a of [...words.slice(0, 20), ...typos])
      for (const b of [...words, ...typos])
        for (const limit of [0, 1, 2])
          expect(editsWithin(a, b, limit), `${a}/${b}/${limit}`).toBe(
            Math.min(reference(a, b), limit + 1),
          );
  });
});
