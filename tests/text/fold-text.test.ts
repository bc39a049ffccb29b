import { describe, expect, it } from 'vitest';
import { foldText, isPlainAscii } from '../../src/text/fold-text.js';
import { LEXICON } from '../../src/vocabulary/lexicon.js';
import { shippedAssay } from '../support/assays.js';

// Short non-ASCII text (a query's accented words) is folded character by
// character from a table instead of by normalising it whole: the two must
// agree on everything. The reference is folding as the whole-text path does it.

const byNormalising = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('folding text', () => {
  it('folds every Latin character as normalising does, alone and inside words', () => {
    for (let code = 0; code < 0x300; code++) {
      const letter = String.fromCharCode(code);
      for (const text of [letter, `a${letter}b`, `Ma${letter}${letter}o d'${letter}x`])
        expect([code, foldText(text)]).toEqual([code, byNormalising(text)]);
    }
  });

  it('folds the lexicon’s terms and the shipped records’ texts as normalising does', () => {
    const terms = LEXICON.flatMap((entry) =>
      Object.values(entry.terms).flatMap((list) => list.map((term) => term.text)),
    );
    const records = shippedAssay().corpus.records.flatMap((record) => [
      record.title,
      record.summary,
      ...record.countries,
    ]);
    const texts = [...terms, ...records];
    expect(texts.filter((text) => !isPlainAscii(text)).length).toBeGreaterThan(100);
    for (const text of texts) expect(foldText(text)).toBe(byNormalising(text));
  });

  it('folds what lies beyond the table, and long text, by normalising', () => {
    for (const text of ['ﬁnance Σίσυφος', 'e\u0301cole', 'Ｍｉｎｅ', `${'é'.repeat(80)} x`])
      expect(foldText(text)).toBe(byNormalising(text));
    expect(foldText('Mineração in São Paulo')).toBe('mineracao in sao paulo');
  });
});
