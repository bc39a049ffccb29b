import { describe, expect, it } from 'vitest';
import { understandWords } from '../../src/search/understand-words.js';

const read = (text: string, taken: string[] = []) =>
  understandWords(text.split(' '), new Set(taken));

describe('free words that name a filter', () => {
  it('reads status, country and mineral from a question', () => {
    const { understood, words } = read("what's ongoing in DRC cobalt");
    expect(understood.map(({ key, value }) => `${key} ${value}`)).toEqual([
      'status ongoing',
      'country Democratic Republic of the Congo',
      'mineral cobalt',
    ]);
    expect(words).toEqual(['whats', 'in', 'drc', 'cobalt']);
  });

  it('reads a type word where a person means it, not inside a name', () => {
    expect(read('reports on mica').understood[0]).toMatchObject({ key: 'type', value: 'report' });
    expect(read('just gold lessons').understood.map((one) => one.key)).toEqual(['mineral']);
  });

  it('reads run-together and multi-word places, and leaves regions out of the words', () => {
    expect(read('westafrica mercury')).toEqual({
      understood: [{ key: 'region', value: 'West Africa', typed: 'westafrica' }],
      words: ['mercury'],
      language: 'en',
    });
    expect(read('sierra leone diamonds').understood[0]?.value).toBe('Sierra Leone');
  });

  it('reads a year only after a word like "in", and leaves typed filters alone', () => {
    expect(read('reports published in 2011').understood.map((one) => one.key)).toContain('year');
    expect(read('global estimates 2020').understood).toEqual([]);
    expect(read('ongoing gold', ['status', 'mineral']).understood).toEqual([]);
  });
});
