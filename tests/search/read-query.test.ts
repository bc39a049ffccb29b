import { describe, expect, it } from 'vitest';
import { queryWordsOf } from '../../src/search/query-words.js';
import { read, show, understood } from './read-helpers.js';

describe('elided articles', () => {
  it('are split off the next word instead of glued to it', () => {
    expect(queryWordsOf("l'ouest d'or qu'est-ce jusqu’à")).toEqual([
      'l',
      'ouest',
      'd',
      'or',
      'qu',
      'est',
      'ce',
      'jusqu',
      'à',
    ]);
    // An apostrophe inside or after a word is not an elision.
    expect(queryWordsOf("children's work")).toEqual(['childrens', 'work']);
  });
});

describe('the language of a query', () => {
  it('is read from its stop words and field terms', () => {
    expect(read('travail des enfants dans les mines de cobalt en RDC').language).toBe('fr');
    expect(read('trabajo infantil en la minería artesanal en colombia').language).toBe('es');
    expect(read('trabalho infantil no garimpo de ouro em uganda').language).toBe('pt');
    expect(read('child labour in cobalt mining').language).toBe('en');
  });

  it('stays English when English words only share a stem with a foreign term', () => {
    // "safe" stems like Portuguese "safira", "nine" like Spanish "niña", "areas" like "areia".
    expect(read('making mining safe and fair').language).toBe('en');
    expect(read('nine areas of work').language).toBe('en');
    expect(read('3TG audits great lakes').language).toBe('en');
  });

  it('takes the asker’s locale as a hint when the words say nothing', () => {
    expect(read('kolwezi').language).toBe('en');
    expect(read('kolwezi', 'fr-FR').language).toBe('fr');
    expect(read('kolwezi', 'pt-BR').language).toBe('pt');
    // The words outvote the hint.
    expect(read('trabajo infantil en la minería', 'fr').language).toBe('es');
  });

  it('leaves an English query exactly as typed', () => {
    expect(read('whats ongoing in DRC cobalt').pieces).toEqual(
      ['whats', 'ongoing', 'in', 'DRC', 'cobalt'].map((typed) => ({ typed })),
    );
  });
});

describe('a French, Spanish or Portuguese query', () => {
  it('marks its stop words and puts the field’s terms, several words long too, in English', () => {
    expect(show(read('travail des enfants dans les mines de cobalt en RDC').pieces)).toEqual([
      'travail des enfants→child labour',
      '(dans)',
      '(les)',
      'mines→mines',
      '(de)',
      'cobalt→cobalt',
      '(en)',
      'rdc→Democratic Republic of the Congo',
    ]);
    expect(show(read('minería aurífera artesanal en bolivia').pieces)).toEqual([
      'minería aurífera artesanal→artisanal gold mining',
      '(en)',
      'bolivia→Bolivia',
    ]);
    expect(show(read('garimpo de ouro').pieces)).toEqual([
      'garimpo→artisanal gold mining',
      '(de)',
      'ouro→gold',
    ]);
  });

  it('finds a term whatever its inflection or accents (stemmed before folding)', () => {
    expect(show(read('travail des enfant cobalt').pieces)[0]).toBe(
      'travail des enfant→child labour',
    );
    expect(show(read('mineria aurifera artesanal peru').pieces)[0]).toBe(
      'mineria aurifera artesanal→artisanal gold mining',
    );
    expect(show(read('criancas nas pedreiras').pieces)).toEqual([
      'criancas→children',
      '(nas)',
      'pedreiras→quarrying',
    ]);
  });

  it('reads a term of another of the languages in a mixed query', () => {
    // "travail infantil": French "travail infantile" with the Spanish adjective.
    expect(show(read('travail infantil mineria oro').pieces)).toEqual([
      'travail infantil→child labour',
      'mineria→mining',
      'oro→gold',
    ]);
  });

  it('reads place names of the four languages like English ones', () => {
    expect(understood('mercure au Pérou')).toEqual(['country Peru']);
    expect(understood("orpaillage en Afrique de l'Ouest")).toContain('region West Africa');
    expect(understood('minería en África Occidental')).toEqual(['region West Africa']);
    expect(understood('trabalho infantil na República Democrática do Congo')).toEqual([
      'country Democratic Republic of the Congo',
    ]);
    // "proyectos" reads as English "projects" does: interventions.
    expect(understood('proyectos en curso en Colombia')).toEqual([
      'type intervention',
      'status ongoing',
      'country Colombia',
    ]);
  });
});

describe('an ambiguous word (French "or" is gold and also the conjunction)', () => {
  it('counts beside a mining word', () => {
    expect(show(read("mines d'or au burkina").pieces)).toContain("mines d'or→gold mines");
    expect(show(read('orpaillage or burkina').pieces)).toContain('or→gold');
    expect(understood("les mines d'or au burkina")).toEqual([
      'mineral gold',
      'country Burkina Faso',
    ]);
  });

  it('does not count between two other words, where it can be "or"', () => {
    expect(show(read('travail des enfants or mercure').pieces)).toEqual([
      'travail des enfants→child labour',
      'or',
      'mercure→mercury',
    ]);
    expect(understood('travail des enfants or mercure')).toEqual([]);
    // An English query is never read for French words.
    expect(read('cobalt or gold').language).toBe('en');
  });

  it('counts in a Spanish query only where it is meant: plata beside minas', () => {
    expect(show(read('niños en las minas de plata').pieces)).toContain('plata→silver');
    expect(show(read('niños y plata para las familias').pieces)).toContain('plata');
  });
});
