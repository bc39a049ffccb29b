import { describe, expect, it } from 'vitest';
import {
  type Caller,
  describeData,
  type Locale,
  type Reply,
  TERMINAL_CALLER,
} from '../../src/index.js';
import { fixtureAssay } from '../support/assays.js';

// help, the checks before a command runs, option errors, show's card, lessons, page notes,
// the ways out of an empty list and the data stamp, asked in French, Spanish and Portuguese:
// each reads its language's catalog text, with its plurals and number formats.

const as = (locale: Locale, extra: Partial<Caller> = {}): Caller => ({
  ...TERMINAL_CALLER,
  locale,
  ...extra,
});
const run = (text: string, locale: Locale, extra: Partial<Caller> = {}) =>
  fixtureAssay().run(text, as(locale, extra));
const texts = (reply: Reply) =>
  reply.sections.flatMap((section) =>
    section.type === 'text' || section.type === 'heading' ? [section.text] : [],
  );
const message = (reply: Reply) => (reply.kind === 'problem' ? reply.message : `(${reply.kind})`);
const labels = (reply: Reply) =>
  reply.sections.flatMap((section) =>
    section.type === 'fields' ? section.fields.map((field) => field.label) : [],
  );

describe('help in each language', () => {
  it.each([
    [
      'fr',
      'Assay : interventions et rapports sur le travail des enfants dans l’exploitation minière artisanale',
      'Tapez des mots pour chercher (des mots seuls lancent une recherche), ou une commande. Le corpus : 10 interventions, 4 rapports, 4 leçons.',
      'Assay répond en anglais, en français, en espagnol ou en portugais ; les titres et les résumés des fiches restent en anglais, tels que le corpus les donne.',
      '. Exemple : search mercury ghana',
    ],
    [
      'es',
      'Assay: intervenciones e informes sobre trabajo infantil en la minería artesanal',
      'Escriba palabras para buscar (las palabras sueltas son una búsqueda) o un comando. El corpus: 10 intervenciones, 4 informes, 4 lecciones.',
      'Assay responde en inglés, francés, español o portugués; los títulos y resúmenes de los registros quedan en inglés, tal como los tiene el corpus.',
      '. Ejemplo: search mercury ghana',
    ],
    [
      'pt',
      'Assay: intervenções e relatórios sobre trabalho infantil na mineração artesanal',
      'Digite palavras para pesquisar (palavras soltas fazem uma pesquisa) ou um comando. O corpus: 10 intervenções, 4 relatórios, 4 lições.',
      'O Assay responde em inglês, francês, espanhol ou português; os títulos e resumos dos registros ficam em inglês, tal como estão no corpus.',
      '. Exemplo: search mercury ghana',
    ],
  ] as const)('%s', (locale, title, intro, corpusNote, example) => {
    const reply = run('help', locale);
    expect(reply.title).toBe(title);
    expect(texts(reply)[0]).toBe(intro);
    // Said once: titles and summaries stay as the corpus has them.
    expect(texts(reply).filter((text) => text === corpusNote)).toHaveLength(1);
    const fields = reply.sections.find((section) => section.type === 'fields');
    expect(fields?.type === 'fields' && fields.fields[0]?.value.endsWith(example)).toBe(true);
    // Command names and examples stay in the grammar.
    expect(fields?.type === 'fields' && fields.fields[2]?.label).toBe('stats');
  });

  it.each([
    [
      'fr',
      ['search <mots>', 'show <identifiant>'],
      'stats [by:<champ>[,<champ>]] [mots] [filtres]',
    ],
    [
      'es',
      ['search <palabras>', 'show <identificador>'],
      'stats [by:<campo>[,<campo>]] [palabras] [filtros]',
    ],
    [
      'pt',
      ['search <palavras>', 'show <identificador>'],
      'stats [by:<campo>[,<campo>]] [palavras] [filtros]',
    ],
  ] as const)(
    '%s: usage placeholders in the reader’s words, the grammar as typed',
    (locale, first, stats) => {
      const fields = run('help', locale).sections.find((section) => section.type === 'fields');
      expect(
        fields?.type === 'fields' && fields.fields.slice(0, 2).map((field) => field.label),
      ).toEqual(first);
      const usage = run('help stats', locale).sections.find((section) => section.type === 'chart');
      expect(usage?.type === 'chart' && usage.lines).toEqual([stats]);
    },
  );

  it('says once in English too that the corpus is in English', () => {
    const english = texts(run('help', 'en'));
    expect(english).toContain(
      'Replies come in English, French, Spanish or Portuguese; record titles and summaries stay in English, as the corpus has them.',
    );
  });

  it('words a mistyped command and the Examples heading', () => {
    expect(message(run('help stast', 'fr'))).toBe(
      'La commande « stast » n’existe pas. Vouliez-vous dire stats ? Commandes : search, show, stats, brief, lessons, areas, compare, help, meeting, digest, gaps, reload.',
    );
    expect(message(run('help zzzz', 'es'))).toMatch(
      /^No existe el comando «zzzz»\. Comandos: search,/,
    );
    expect(texts(run('help stats', 'pt'))).toContain('Exemplos');
  });
});

describe('the checks before a command runs', () => {
  it.each([
    ['fr', 'areas ne prend pas de mots ; reçu : « gold ».', 'search n’accepte pas by:.'],
    ['es', 'areas no lleva palabras; se recibió «gold».', 'search no acepta by:.'],
    ['pt', 'areas não leva palavras; recebido: "gold".', 'search não aceita by:.'],
  ] as const)('%s: words and options a command does not take', (locale, noWords, noOption) => {
    expect(message(run('areas gold', locale))).toBe(noWords);
    expect(message(run('search gold by:mineral', locale))).toBe(noOption);
  });

  it.each([
    ['fr', 'discord', 'les membres qui ont la permission « Gérer le serveur »'],
    ['es', 'discord', 'los miembros con el permiso «Gestionar servidor»'],
    ['pt', 'discord', 'os membros com a permissão "Gerenciar servidor"'],
    ['fr', 'terminal', 'la personne au terminal'],
  ] as const)('%s on %s: names who facilitates', (locale, platform, who) => {
    const reply = run('reload', locale, { platform, facilitator: false });
    expect(reply).toMatchObject({ kind: 'problem', problem: 'not-allowed' });
    expect(message(reply)).toContain(who);
  });

  it.each([
    [
      'fr',
      'area doit être compris entre 1 et 9 ; reçu : « 12 »',
      'status doit être l’une de ces valeurs : ongoing, completed, unknown ; reçu : « finito » — vouliez-vous dire completed ?',
      'year doit être une année comme 2019 ou une période comme 2015-2020 ; reçu : « 20x9 »',
      'page doit être un nombre entier à partir de 1 ; reçu : « 0 »',
    ],
    [
      'es',
      'area debe estar entre 1 y 9; se recibió «12»',
      'status debe ser uno de estos valores: ongoing, completed, unknown; se recibió «finito». ¿Quiso decir completed?',
      'year debe ser un año como 2019 o un período como 2015-2020; se recibió «20x9»',
      'page debe ser un número entero desde 1; se recibió «0»',
    ],
    [
      'pt',
      'area deve estar entre 1 e 9; recebido: "12"',
      'status deve ser um destes valores: ongoing, completed, unknown; recebido: "finito". Quis dizer completed?',
      'year deve ser um ano como 2019 ou um período como 2015-2020; recebido: "20x9"',
      'page deve ser um número inteiro a partir de 1; recebido: "0"',
    ],
  ] as const)('%s: option errors', (locale, area, status, year, page) => {
    expect(message(run('search area:12', locale))).toBe(area);
    // "fini" is French for completed (status:fini is read as status:completed): a typo is needed here.
    expect(message(run('search status:finito', locale))).toBe(status);
    expect(message(run('search year:20x9', locale))).toBe(year);
    expect(message(run('search gold page:0', locale))).toBe(page);
  });

  it('keeps the English option errors as they were', () => {
    expect(message(run('search year:2020-2010', 'en'))).toBe(
      'year range must run forwards, got "2020-2010" (try 2010-2020)',
    );
    expect(message(run('search type:foo', 'en'))).toBe(
      'type must be one of intervention, report, lesson, got "foo"',
    );
  });
});

describe('show, in each language', () => {
  it.each([
    [
      'fr',
      ['Catégorie', 'Organisations', 'Bailleurs de fonds', 'Lieux', 'Minerais', 'Années', 'Statut'],
      'Niveau de confiance',
      'élevé',
      'Plus : 5 autres sources, 5 fiches liées, 4 leçons, des notes sur les données probantes.',
      ['Autres sources', 'Fiches liées', 'Leçons', 'Notes'],
      'CARING Gold Mining Project : suite',
      'Retour à la fiche',
    ],
    [
      'es',
      ['Categoría', 'Organizaciones', 'Donantes', 'Lugares', 'Minerales', 'Años', 'Estado'],
      'Nivel de confianza',
      'alto',
      'Más: 5 fuentes más, 5 registros relacionados, 4 lecciones, notas sobre la evidencia.',
      ['Otras fuentes', 'Registros relacionados', 'Lecciones', 'Notas'],
      'CARING Gold Mining Project: más',
      'Volver a la ficha',
    ],
    [
      'pt',
      ['Categoria', 'Organizações', 'Doadores', 'Locais', 'Minerais', 'Anos', 'Situação'],
      'Nível de confiança',
      'alto',
      'Mais: 5 fontes a mais, 5 registros relacionados, 4 lições, notas sobre as evidências.',
      ['Outras fontes', 'Registros relacionados', 'Lições', 'Notas'],
      'CARING Gold Mining Project: mais',
      'Voltar à ficha',
    ],
  ] as const)(
    '%s: the card and what is behind More',
    (locale, first, confidence, high, behind, headings, moreTitle, back) => {
      const card = run('show caring-gold', locale);
      expect(labels(card).slice(0, first.length)).toEqual(first);
      const fields = card.sections.find((section) => section.type === 'fields');
      const confidenceField =
        fields?.type === 'fields'
          ? fields.fields.find((field) => field.label === confidence)
          : undefined;
      expect(confidenceField?.value).toBe(high);
      expect(texts(card)).toContain(behind);
      const more = run('show caring-gold page:2', locale);
      expect(more.title).toBe(moreTitle);
      expect(more.sections.flatMap((s) => (s.type === 'heading' ? [s.text] : []))).toEqual(
        headings,
      );
      expect(more.suggestions.map((suggestion) => suggestion.label)).toEqual([back]);
    },
  );

  it.each([
    [
      'fr',
      'Aucune fiche n’a l’identifiant « zzzz-yy ». Cherchez-la d’abord pour trouver son identifiant.',
    ],
    [
      'es',
      'Ningún registro tiene el identificador «zzzz-yy». Búsquelo primero para encontrar su identificador.',
    ],
    [
      'pt',
      'Nenhum registro tem o identificador "zzzz-yy". Pesquise-o primeiro para encontrar o identificador.',
    ],
  ] as const)('%s: an unknown id', (locale, text) => {
    expect(message(run('show zzzz-yy', locale))).toBe(text);
  });
});

describe('lists, in each language', () => {
  it.each([
    ['fr', '4 leçons', '0 leçon sur « mercury »', 'Aucune leçon ne correspond. Essayez plutôt :'],
    [
      'es',
      '4 lecciones',
      '0 lecciones sobre «mercury»',
      'Ninguna lección coincide. Pruebe una de estas opciones:',
    ],
    [
      'pt',
      '4 lições',
      '0 lição sobre "mercury"',
      'Nenhuma lição corresponde. Experimente uma destas opções:',
    ],
  ] as const)(
    '%s: lessons, with 0 singular where the language says so',
    (locale, all, none, text) => {
      expect(run('lessons', locale).title).toBe(all);
      const empty = run('lessons mercury', locale);
      expect(empty.title).toBe(none);
      expect(texts(empty)).toEqual([text]);
    },
  );

  it.each([
    [
      'fr',
      'Il n’y a que 3 pages ; voici la page 3.',
      'retirer country:ghana',
      '« mica » · pays : Ghana',
    ],
    [
      'es',
      'Solo hay 3 páginas; se muestra la página 3.',
      'quitar country:ghana',
      '«mica» · país: Ghana',
    ],
    [
      'pt',
      'Há só 3 páginas; mostrando a página 3.',
      'remover country:ghana',
      '"mica" · país: Gana',
    ],
  ] as const)(
    '%s: a page past the end, a way out of an empty list, the scope',
    (locale, pages, drop, scope) => {
      expect(texts(run('search gold page:9', locale))).toContain(pages);
      const empty = run('search mica country:ghana', locale);
      expect(empty.title.endsWith(scope)).toBe(true);
      expect(empty.suggestions.map((suggestion) => suggestion.label)).toContain(drop);
    },
  );

  it('words one page alone', () => {
    expect(texts(run('lessons page:4', 'fr'))).toContain('Il n’y a qu’une page ; voici la page 1.');
    expect(texts(run('lessons page:4', 'en'))).toContain('There is only 1 page; showing page 1.');
  });
});

describe('the data stamp', () => {
  const stamp = (records: number, date: string | null = '2026-11-30') => ({ date, records });
  it('counts records with each language’s plurals and number format', () => {
    expect([0, 1, 2, 12_345, 1_000_000].map((n) => describeData(stamp(n), 'fr'))).toEqual([
      'données du 2026-11-30 · 0 fiche',
      'données du 2026-11-30 · 1 fiche',
      'données du 2026-11-30 · 2 fiches',
      'données du 2026-11-30 · 12\u202f345 fiches',
      'données du 2026-11-30 · 1\u202f000\u202f000 de fiches',
    ]);
    expect([0, 1, 12_345, 1_000_000].map((n) => describeData(stamp(n), 'es'))).toEqual([
      'datos del 2026-11-30 · 0 registros',
      'datos del 2026-11-30 · 1 registro',
      'datos del 2026-11-30 · 12.345 registros',
      'datos del 2026-11-30 · 1.000.000 de registros',
    ]);
    expect([0, 2, 1_000_000].map((n) => describeData(stamp(n), 'pt'))).toEqual([
      'dados de 2026-11-30 · 0 registro',
      'dados de 2026-11-30 · 2 registros',
      'dados de 2026-11-30 · 1.000.000 de registros',
    ]);
    expect(describeData(stamp(1, null), 'fr')).toBe('données sans date enregistrée · 1 fiche');
    expect(describeData(stamp(12_345))).toBe('data of 2026-11-30 · 12,345 records');
    expect(describeData(stamp(1, null))).toBe('data of no recorded date · 1 record');
  });
});

describe('named options (Discord) in each language', () => {
  it.each([
    [
      'fr',
      'Option inconnue : « colour ».',
      'L’option query fait 600 caractères ; Assay en lit 500 au plus.',
    ],
    [
      'es',
      'Opción desconocida: «colour».',
      'La opción query tiene 600 caracteres; Assay lee 500 como máximo.',
    ],
    [
      'pt',
      'Opção desconhecida: "colour".',
      'A opção query tem 600 caracteres; o Assay lê no máximo 500.',
    ],
  ] as const)('%s: an unknown or too long option', (locale, unknown, tooLong) => {
    const ask = (options: Record<string, string>) =>
      message(fixtureAssay().runOptions('search', options, as(locale)));
    expect(ask({ colour: 'red' })).toBe(unknown);
    expect(ask({ query: 'x'.repeat(600) })).toBe(tooLong);
  });
});

describe('field values named in the reader’s language', () => {
  const valuesOf = (reply: Reply) =>
    Object.fromEntries(
      reply.sections.flatMap((section) =>
        section.type === 'fields' ? section.fields.map((field) => [field.label, field.value]) : [],
      ),
    );

  it.each([
    [
      'fr',
      { Catégorie: 'projet ou programme', Lieux: 'Ghana; Philippines; Monde', Minerais: 'or' },
      ['Statut', 'terminé (état en 2020) — USDOL'],
    ],
    [
      'es',
      { Categoría: 'proyecto o programa', Lugares: 'Ghana; Filipinas; Mundo', Minerales: 'oro' },
      ['Estado', 'terminado (situación en 2020) — USDOL'],
    ],
    [
      'pt',
      { Categoria: 'projeto ou programa', Locais: 'Gana; Filipinas; Mundo', Minerais: 'ouro' },
      ['Situação', 'concluído (situação em 2020) — USDOL'],
    ],
  ] as const)(
    '%s: the card’s kind, places, minerals and status',
    (locale, expected, [statusLabel, status]) => {
      const values = valuesOf(run('show caring-gold', locale));
      expect(values).toMatchObject(expected);
      expect(values[statusLabel]?.startsWith(status)).toBe(true);
    },
  );

  it('keeps the minerals as the sources wrote them in English', () => {
    const values = valuesOf(run('show caring-gold', 'en'));
    expect(values).toMatchObject({ Kind: 'project or programme', Minerals: 'gold' });
    expect(values.Status?.startsWith('completed (as of 2020) — USDOL')).toBe(true);
  });

  it.each([
    [
      'en',
      '7 results for mineral: gold or cobalt, type: report or lesson',
      '1 result for country: Peru or Honduras',
    ],
    [
      'fr',
      '7 résultats pour minerai : or ou cobalt, type : rapport ou leçon',
      '1 résultat pour pays : Pérou ou Honduras',
    ],
    [
      'es',
      '7 resultados para mineral: oro o cobalto, tipo: informe o lección',
      '1 resultado para país: Perú u Honduras',
    ],
    [
      'pt',
      '7 resultados para mineral: ouro ou cobalto, tipo: relatório ou lição',
      '1 resultado para país: Peru ou Honduras',
    ],
  ] as const)(
    '%s: the filters of a search, each value named, several meaning either',
    (locale, two, places) => {
      expect(run('search type:report,lesson mineral:gold,cobalt', locale).title).toBe(two);
      expect(run('search country:peru,honduras', locale).title).toBe(places);
    },
  );
});
