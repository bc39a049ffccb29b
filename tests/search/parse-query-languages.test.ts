import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/index.js';
import { parseQuery, type Query } from '../../src/search/parse-query.js';
import { shippedAssay } from '../support/assays.js';

function parsed(text: string): Query {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(`"${text}" did not parse: ${result.message}`);
  return result.query;
}

const textOf = (reply: Reply) =>
  [reply.title, ...reply.sections.flatMap((s) => (s.type === 'text' ? [s.text] : []))].join(' ');

describe('command words in French, Spanish and Portuguese', () => {
  it('name the command as the first word', () => {
    for (const word of ['aide', 'ayuda', 'ajuda']) expect(parsed(word).command).toBe('help');
    for (const text of ['chercher mercure', 'buscar mercurio', 'pesquisar mercúrio'])
      expect(parsed(text)).toMatchObject({ command: 'search', words: [text.split(' ')[1]] });
    expect(parsed('statistiques by:mineral').command).toBe('stats');
    expect(parsed('montrer cotecco')).toMatchObject({ command: 'show', words: ['cotecco'] });
  });

  it('read a word that is also a field term as a command only when words follow', () => {
    expect(parsed('recherche mercure')).toMatchObject({ command: 'search', words: ['mercure'] });
    expect(parsed('recherche')).toMatchObject({ command: 'search', words: ['recherche'] });
  });

  it('leave English unchanged', () => {
    expect(parsed('help').command).toBe('help');
    expect(parsed('mercury ghana')).toMatchObject({
      command: 'search',
      words: ['mercury', 'ghana'],
    });
  });
});

describe('filter keys and values in French, Spanish and Portuguese', () => {
  it('read keys, accented or not, into the grammar’s English', () => {
    expect(parsed('search pays:ghana minerai:or').options).toEqual({
      country: 'ghana',
      mineral: 'or',
    });
    expect(parsed('search país:peru año:2019 région:afrique').options).toEqual({
      country: 'peru',
      year: '2019',
      region: 'afrique',
    });
    expect(parsed('search pais:peru').options).toEqual({ country: 'peru' });
  });

  it('read closed values, several words long too, into English', () => {
    expect(parsed('search statut:en cours pays:RDC').options).toEqual({
      status: 'ongoing',
      country: 'RDC',
    });
    expect(parsed('search estado:terminado').options).toEqual({ status: 'completed' });
    expect(parsed('search status:em andamento mica').options).toEqual({ status: 'ongoing' });
    expect(parsed('search tipo:informe mica')).toMatchObject({
      words: ['mica'],
      options: { type: 'report' },
    });
    expect(parsed('stats by:pays').options).toEqual({ by: 'country' });
    expect(parsed("search pays:Côte d'Ivoire orpaillage")).toMatchObject({
      words: ['orpaillage'],
      options: { country: "Côte d'Ivoire" },
    });
  });

  it('answer with the value the foreign name stands for', () => {
    const assay = shippedAssay();
    expect(textOf(assay.run('search mineral:or'))).toMatch(/mineral: gold/);
    expect(textOf(assay.run('search mineral:oro'))).toMatch(/mineral: gold/);
    expect(textOf(assay.run('search pays:Pérou'))).toMatch(/country: Peru/);
    expect(textOf(assay.run("search région:Afrique de l'Ouest"))).toMatch(/region: West Africa/);
    const stats = assay.run('stats by:pays minerai:or');
    expect(stats.kind).toBe('stats');
    expect(textOf(stats)).toMatch(/mineral: gold/);
  });

  it('suggest the close value when a foreign one is misspelt', () => {
    const assay = shippedAssay();
    expect(textOf(assay.run('search pays:Pérouu'))).toMatch(/did you mean Peru\?/);
    expect(textOf(assay.run('search mineral:orr'))).toMatch(/did you mean gold\?/);
    expect(textOf(assay.run('search statut:termnié'))).toMatch(/did you mean completed\?/);
  });
});

describe('a colon that ends a clause', () => {
  it('leaves the word a word when it names no filter', () => {
    expect(parsed('niñas en la minería: ghana, níger')).toMatchObject({
      command: 'search',
      words: ['niñas', 'en', 'la', 'minería', 'ghana,', 'níger'],
      options: {},
    });
    expect(parseQuery('search minerl:gold').ok).toBe(false);
  });
});
