import { describe, expect, it } from 'vitest';
import { TERMINAL_CALLER } from '../../src/caller.js';
import { openAssay } from '../../src/index.js';
import { queryWordsAndElisions, typedPhrase } from '../../src/search/query-words.js';
import { read, show, understood } from './read-helpers.js';

// Queries as people type them in French, Spanish and Portuguese: elided
// articles, accents that change the word, typos in the field's terms, question
// forms (issue 9).

describe('a query with an elided article', () => {
  it('keeps the apostrophe in what it echoes', () => {
    const words = queryWordsAndElisions("Mines d'or d’Afrique");
    expect(words.words).toEqual(['mines', 'd', 'or', 'd', 'afrique']);
    expect(typedPhrase(words, 0, 3)).toBe("mines d'or");
    expect(show(read("mines d'or").pieces)).toEqual(["mines d'or→gold mines"]);
    const reply = openAssay().run("search mines d'or", { ...TERMINAL_CALLER, locale: 'fr' });
    expect(reply.title).toContain("mines d'or");
    expect(reply.title).not.toContain('mines d or');
  });
});

describe('French "or" right after an elided article', () => {
  it('is gold: "l\'or", "d\'or" cannot be the conjunction', () => {
    expect(show(read("l'or au burkina").pieces)).toEqual(['(l)', 'or→gold', '(au)', 'burkina']);
    expect(read("l'or en RDC", 'en').language).toBe('fr');
    expect(understood("l'or en RDC")).toEqual([
      'mineral gold',
      'country Democratic Republic of the Congo',
    ]);
    expect(show(read("prix de l'or").pieces)).toContain('or→gold');
  });

  it('stays the conjunction without one, and other ambiguous words stay ambiguous after one', () => {
    expect(show(read('travail des enfants or mercure').pieces)).toContain('or');
    expect(understood('travail des enfants or mercure')).toEqual([]);
    // "l'argent" is money as often as silver: the lexicon does not mark it.
    expect(show(read("l'argent des familles").pieces)).toContain('argent');
  });
});

describe('an accent that makes another word', () => {
  it('keeps "traité" (a treaty) from reading as "traite" (trafficking)', () => {
    expect(show(read('traité de minamata').pieces)).not.toContain('traité→human trafficking');
    expect(show(read('traités sur le mercure', 'fr').pieces)[0]).toBe('traités');
    expect(show(read('traite des êtres humains').pieces)).toEqual([
      'traite des êtres humains→human trafficking',
    ]);
    expect(show(read('traite des enfants').pieces)).toEqual([
      'traite des enfants→child trafficking',
    ]);
  });

  it('still lets a missing accent or an inflection through', () => {
    expect(show(read('mineria artesanal educacion', 'es').pieces)).toEqual([
      'mineria artesanal→artisanal and small-scale mining',
      'educacion→education',
    ]);
    expect(show(read('criancas na mineracao', 'pt').pieces)).toEqual([
      'criancas→children',
      '(na)',
      'mineracao→mining',
    ]);
  });
});

describe('a typo in a term of the field', () => {
  it('is read as the term', () => {
    expect(show(read('travail des enfents').pieces)).toEqual(['travail des enfents→child labour']);
    expect(show(read('minería artesnal').pieces)).toEqual([
      'minería artesnal→artisanal and small-scale mining',
    ]);
    expect(show(read('trabalho infantl').pieces)).toEqual(['trabalho infantl→child labour']);
    expect(show(read('orpaillge au mali', 'fr').pieces)).toContain(
      'orpaillge→artisanal gold mining',
    );
    expect(show(read('trabajo infanitl en canteras').pieces)).toContain(
      'trabajo infanitl→child labour',
    );
  });

  it('is not read into a short everyday word, nor makes an English query foreign', () => {
    // Spanish "plano" (a plan) is one letter from "plomo" (lead): five letters
    // are too few to tell a typo from another word.
    expect(show(read('el plano de las minas de oro', 'es').pieces)).toContain('plano');
    expect(show(read('un plan minero', 'es').pieces)).toContain('plan');
    // A known word of any of the four languages is no typo ("minera", "projects").
    expect(show(read('empresa minera', 'es').pieces)).not.toContain('minera→mining');
    // An English typo one letter from a Spanish term does not turn the query Spanish.
    expect(read('artisinal mining in peru').language).toBe('en');
    expect(read('orpaillge').language).toBe('en');
  });
});

describe('a question', () => {
  it('searches its topic, not the words that ask', () => {
    const topics = (text: string) =>
      read(text)
        .pieces.filter((piece) => !piece.stop)
        .map((piece) => piece.english ?? piece.typed);
    expect(topics("qu'est-ce qui est fait contre le travail des enfants ?")).toEqual([
      'child labour',
    ]);
    expect(topics('¿qué se hace para sacar a los niños de las minas?')).toEqual([
      'sacar',
      'children',
      'mines',
    ]);
    expect(topics('o que está sendo feito contra o trabalho infantil?')).toEqual(['child labour']);
  });
});

describe('an English query with a French, Spanish or Portuguese word in it', () => {
  it('reads the foreign term in English and leaves the English words as typed', () => {
    const mixed = read('child labour niños potosí');
    expect(mixed.language).toBe('en');
    expect(show(mixed.pieces)).toEqual(['child', 'labour', 'niños→children', 'potosí']);
    // A word without an accent needs a little word of its language beside it.
    expect(show(read('child labour mica madagascar ¿qué proyectos hay?', 'en').pieces)).toContain(
      'proyectos→project',
    );
  });

  it('rewrites nothing when no word is foreign, or the foreign word is also English', () => {
    // French "guide" (guidance) is English too.
    expect(show(read('reducing mercury practical guide').pieces)).toEqual([
      'reducing',
      'mercury',
      'practical',
      'guide',
    ]);
    expect(read("Children's work in mines, Ghana").pieces).toEqual(
      ["Children's", 'work', 'in', 'mines,', 'Ghana'].map((typed) => ({ typed })),
    );
    expect(show(read('mica cobalt informal mining').pieces)).toEqual([
      'mica',
      'cobalt',
      'informal',
      'mining',
    ]);
  });
});

describe('words of the field a meeting asks with', () => {
  it('reads carte, mapa as map, and a French "est" as the verb it mostly is', () => {
    expect(show(read("carte des sites miniers dans l'est de la rdc").pieces)).toEqual([
      'carte→map',
      '(des)',
      'sites miniers→mines',
      '(dans)',
      '(l)',
      '(est)',
      '(de)',
      '(la)',
      'rdc→Democratic Republic of the Congo',
    ]);
    expect(show(read('mapa de minas artesanales').pieces)[0]).toBe('mapa→map');
    expect(show(read('mapa dos garimpos').pieces)[0]).toBe('mapa→map');
  });

  it('leaves a Spanish "Congo" as typed: it matches the DRC as the English word does', () => {
    // CLDR names the Republic of the Congo "Congo" in Spanish; most who type it mean the DRC.
    expect(show(read('minas artesanales congo').pieces)).toEqual([
      'minas artesanales→artisanal and small-scale mining',
      'congo',
    ]);
    expect(understood('cobalto en el congo', 'es')).toEqual(['mineral cobalt']);
    expect(show(read('cobalto en la República del Congo').pieces)).toContain(
      'república del congo→Republic of the Congo',
    );
  });

  it('reads a status in the plural and feminine forms questions use', () => {
    expect(understood('proyectos terminados en Bolivia')).toEqual([
      'type intervention',
      'status completed',
      'country Bolivia',
    ]);
    expect(understood('projets terminés au Ghana')).toContain('status completed');
    expect(understood('projetos concluídos no Peru')).toContain('status completed');
    expect(understood('programas activos en Colombia')).toContain('status ongoing');
  });

  it('reads children working, in any form of the verb, as child labour', () => {
    expect(show(read('ninos trabajando en minas de carbon').pieces)[0]).toBe(
      'ninos trabajando→child labour',
    );
    expect(show(read('niños que trabajan en las minas').pieces)[0]).toBe(
      'niños que trabajan→child labour',
    );
    expect(show(read('crianças trabalhando em minas').pieces)[0]).toBe(
      'crianças trabalhando→child labour',
    );
  });
});
