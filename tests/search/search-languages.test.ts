import { describe, expect, it } from 'vitest';
import type { SearchReply } from '../../src/index.js';
import { shippedAssay } from '../support/assays.js';

function search(text: string): SearchReply {
  const reply = shippedAssay().run(text);
  if (reply.kind !== 'search') throw new Error(`expected a search reply for "${text}"`);
  return reply;
}

const notes = (reply: SearchReply) =>
  reply.sections.flatMap((section) => (section.type === 'text' ? [section.text] : []));
const topIds = (text: string) => search(text).results.map((result) => result.id);

describe('search in French, Spanish and Portuguese', () => {
  it('matches every word of the field’s terms, where English words were needed before', () => {
    for (const text of ['travail des enfants mercure', 'travail infantil mineria oro']) {
      const reply = search(text);
      expect(reply.total, text).toBeGreaterThan(0);
      expect(notes(reply).join(' '), text).not.toMatch(/not:/);
    }
    expect(notes(search('trabalho infantil no garimpo')).join(' ')).not.toMatch(/not:/);
  });

  it('does not count function words as terms to match', () => {
    const index = shippedAssay();
    const reply = index.run('search les projets dans les mines de cobalt en RDC');
    expect(reply.kind).toBe('search');
    const words = notes(reply as SearchReply).join(' ');
    expect(words).not.toMatch(/not: .*(les|dans|de|en)\b/);
    expect(topIds('les projets dans les mines de cobalt en RDC').slice(0, 3)).not.toContain(
      'reete-drc',
    );
  });

  it('still finds a record titled in the language by the words of its title', () => {
    expect(topIds('luces y huellas para salir del socavón')[0]).toBe(
      'luces-y-huellas-para-salir-del-socavon-2005',
    );
    expect(topIds('prévention des risques liés à l’orpaillage')[0]).toBe(
      'tdh-suisse-burkina-orpaillage',
    );
  });

  it('reads "or" as gold beside mines, and not between two other words', () => {
    expect(notes(search("mines d'or au burkina"))).toContain(
      'Understood: mineral gold, country Burkina Faso.',
    );
    const conjunction = search('enfants or mercure');
    expect(notes(conjunction).join(' ')).not.toMatch(/mineral gold/);
    expect(conjunction.title).not.toMatch(/mineral: gold/);
  });
});

describe('a translated term', () => {
  // The lexicon gives a term's English: the foreign spelling is not an English
  // typo, so it must not pull in look-alike English words ("meninas" is not
  // "meaning", "mercure" is not "measure"). The question finds what its English does.
  const sameAnswer = [
    ['meninas na mineração', 'girls mining'],
    ['meninas na mineracao', 'girls mining'],
    ['le mercure', 'mercury'],
    ['trabajo forzoso', 'forced labour'],
  ] as const;

  it.each(sameAnswer)('"%s" finds what "%s" finds', (foreign, english) => {
    const translated = search(foreign);
    const plain = search(english);
    expect(translated.total).toBe(plain.total);
    expect(translated.results.map((result) => result.id)).toEqual(
      plain.results.map((result) => result.id),
    );
  });
});
