import { describe, expect, it } from 'vitest';
import { makeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { countedRecords } from '../../src/commands/stats-notes.js';
import { ENGLISH } from '../../src/i18n/value-names.js';
import {
  createAssay,
  type Locale,
  openAssay,
  PHONE_WIDTH,
  type Reply,
  TERMINAL_CALLER,
  translatorFor,
} from '../../src/index.js';
import { fixtureAssay } from '../support/assays.js';

// stats and compare asked in French, Spanish and Portuguese: titles, chart captions, bar
// labels (statuses, kinds, countries, minerals), notes and errors read the catalog's text;
// counts read as each language writes numbers; the data (buckets) keeps the corpus's keys.

const run = (text: string, locale: Locale) =>
  fixtureAssay().run(text, { ...TERMINAL_CALLER, locale });
const chartOf = (reply: Reply) => {
  const section = reply.sections.find((one) => one.type === 'chart');
  if (section?.type !== 'chart' || !section.chart) throw new Error('no chart');
  return { lines: section.lines, ...section.chart };
};
const noteOf = (reply: Reply) =>
  reply.sections.flatMap((section) => (section.type === 'note' ? section.parts : []));
const textOf = (reply: Reply) =>
  reply.sections.flatMap((section) => (section.type === 'text' ? [section.text] : []));
const wording = (locale: Locale) => ({ locale, t: translatorFor(locale) });

describe('stats by status in each language', () => {
  it.each([
    [
      'fr',
      '10 interventions par statut',
      'Interventions par statut',
      'aucun filtre',
      [
        'en cours (données anciennes) 6',
        'terminé                      3',
        'inconnu                      1',
      ],
      'Décompte des interventions ; correspondent aussi : 4 rapports, 4 leçons (type:report, type:lesson, type:all)',
      '« en cours (données anciennes) » : données de plus de 3 ans, non comptées comme en cours',
    ],
    [
      'es',
      '10 intervenciones por estado',
      'Intervenciones por estado',
      'sin filtros',
      ['en curso (datos antiguos) 6', 'terminado                 3', 'desconocido               1'],
      'Se cuentan intervenciones; también coinciden 4 informes, 4 lecciones (type:report, type:lesson, type:all)',
      '«en curso (datos antiguos)»: datos de hace más de 3 años, no contados como en curso',
    ],
    [
      'pt',
      '10 intervenções por situação',
      'Intervenções por situação',
      'sem filtros',
      [
        'em andamento (dados antigos) 6',
        'concluído                    3',
        'desconhecido                 1',
      ],
      'Contando intervenções; também correspondem 4 relatórios, 4 lições (type:report, type:lesson, type:all)',
      '“em andamento (dados antigos)”: dados de mais de 3 anos, não contados como em andamento',
    ],
  ] as const)('%s', (locale, title, chartTitle, filters, rows, others, bucket) => {
    const reply = run('stats by:status', locale);
    if (reply.kind !== 'stats') throw new Error(reply.kind);
    expect(reply.title).toBe(title);
    const chart = chartOf(reply);
    expect(chart.title).toBe(chartTitle);
    expect(chart.filters).toBe(filters);
    expect(chart.lines.map((line) => line.replace(/ █+$/, ''))).toEqual(rows);
    expect(noteOf(reply)).toEqual([others, bucket]);
    // the data keeps the corpus's keys, whatever the language
    expect(reply.buckets.map((one) => one.key)).toEqual([
      'last reported ongoing',
      'completed',
      'unknown',
    ]);
  });
});

describe('stats bucket labels', () => {
  it('name countries by their CLDR names and minerals by the lexicon’s', () => {
    const lines = (text: string, locale: Locale) => chartOf(run(text, locale)).lines.join('\n');
    expect(lines('stats by:country mineral:gold', 'fr')).toContain('Ouganda        2');
    expect(lines('stats by:country mineral:gold', 'es')).toContain(
      'República Democrática del Congo 1',
    );
    expect(lines('stats by:country mineral:gold', 'pt')).toContain('Costa do Marfim ');
    expect(lines('stats by:mineral', 'fr')).toMatch(/^or +\d/m);
    expect(lines('stats by:mineral', 'es')).toMatch(/^oro +\d/m);
    expect(lines('stats by:mineral', 'pt')).toMatch(/^pedras preciosas +\d/m);
    expect(lines('stats by:kind', 'fr')).toMatch(/^norme +\d/m);
    expect(lines('stats by:type', 'pt')).toMatch(/^intervenção +10 /m);
  });

  it('word the stale note with plural and gender, and "not stated"', () => {
    expect(noteOf(run('stats by:kind status:ongoing', 'fr'))).toContain(
      '6 sur 6 signalées en cours reposent sur des données de plus de 3 ans',
    );
    expect(noteOf(run('stats by:kind status:ongoing', 'fr'))[0]).toContain(
      'correspondent aussi : 0 rapport, 0 leçon',
    );
    expect(noteOf(run('stats by:kind status:ongoing', 'es'))).toContain(
      '6 de 6 reportadas en curso se basan en datos de hace más de 3 años',
    );
    expect(noteOf(run('stats by:mineral,status type:all', 'fr'))[0]).toBe(
      'Seules les interventions ont ces données : statut (les autres : « non précisé »)',
    );
  });
});

describe('counts in each language', () => {
  it('take the plural their language gives 0, 1, 2 and a million', () => {
    const counted = (locale: Locale, count: number) =>
      countedRecords(['intervention'], count, wording(locale));
    expect([0, 1, 2, 1_000_000].map((count) => counted('fr', count))).toEqual([
      '0 intervention',
      '1 intervention',
      '2 interventions',
      '1\u202f000\u202f000 interventions',
    ]);
    expect([0, 1, 2, 12_345].map((count) => counted('es', count))).toEqual([
      '0 intervenciones',
      '1 intervención',
      '2 intervenciones',
      '12.345 intervenciones',
    ]);
    expect([0, 1, 2, 12_345].map((count) => counted('pt', count))).toEqual([
      '0 intervenção',
      '1 intervenção',
      '2 intervenções',
      '12.345 intervenções',
    ]);
    expect(countedRecords(['intervention', 'report'], 2, wording('es'))).toBe(
      '2 intervenciones e informes',
    );
    expect(countedRecords(['report'], 1, ENGLISH)).toBe('1 report');
  });

  it('write a big corpus’s counts with the locale’s separators', () => {
    const big = createAssay(makeSyntheticCorpus(openAssay().corpus, 2_500, 9));
    const ask = (locale: Locale) => big.run('stats by:status', { ...TERMINAL_CALLER, locale });
    const total = (reply: Reply) => (reply.kind === 'stats' ? reply.total : 0);
    expect(total(ask('fr'))).toBeGreaterThan(1_000);
    expect(ask('fr').title).toMatch(/^\d\u202f\d{3} interventions par statut$/);
    expect(ask('pt').title).toMatch(/^\d\.\d{3} intervenções por situação$/);
    expect(ask('en').title).toMatch(/^\d,\d{3} interventions by status$/);
    const byType = big.run('stats by:type', { ...TERMINAL_CALLER, locale: 'fr' });
    expect(chartOf(byType).lines[0]).toMatch(/^intervention +\d\u202f\d{3} █+$/);
  });
});

describe('compare in each language', () => {
  it.each([
    [
      'fr',
      'or vs cobalt : interventions par statut',
      '6 interventions pour or, 2 pour cobalt.',
      'minerai or / minerai cobalt',
      'total',
      '6 et 2 interventions',
    ],
    [
      'es',
      'oro vs. cobalto: intervenciones por estado',
      '6 intervenciones para oro, 2 para cobalto.',
      'mineral oro / mineral cobalto',
      'total',
      '6 y 2 intervenciones',
    ],
    [
      'pt',
      'ouro x cobalto: intervenções por situação',
      '6 intervenções para ouro, 2 para cobalto.',
      'mineral ouro / mineral cobalto',
      'total',
      '6 e 2 intervenções',
    ],
  ] as const)('%s', (locale, title, intro, filters, all, counted) => {
    const reply = run('compare gold cobalt by:status', locale);
    expect(reply.title).toBe(title);
    expect(textOf(reply)[0]?.startsWith(intro)).toBe(true);
    const chart = chartOf(reply);
    expect(chart.filters).toBe(filters);
    expect(chart.counted).toBe(counted);
    expect(chart.lines[1]?.startsWith(all)).toBe(true);
    for (const line of chart.lines) expect(line.length, line).toBeLessThanOrEqual(PHONE_WIDTH);
  });

  it('explains what it cannot read in the asker’s language', () => {
    const problem = (text: string, locale: Locale) => {
      const reply = run(text, locale);
      return reply.kind === 'problem' ? reply.message : reply.kind;
    };
    expect(problem('compare gold', 'fr')).toBe(
      'compare a besoin de deux minerais, pays, régions ou organisations ; impossible d’en lire deux dans « gold ».',
    );
    expect(problem('compare gold cobalt by:mineral', 'pt')).toBe(
      'Comparar dois minerais por mineral não diz nada de novo; escolha outro campo.',
    );
    expect(problem('compare ghana peru by:country', 'en')).toBe(
      'Comparing two countries by country says nothing new; pick another field.',
    );
    expect(problem('stats by:zzz', 'es')).toBe(
      'by debe ser uno o dos de estos campos: area, mineral, country, region, org, donor, status, kind, year, type; se recibió «zzz»',
    );
  });
});

describe('compare read in French, Spanish and Portuguese', () => {
  const sides = (text: string, locale: Locale) => {
    const reply = run(text, locale);
    return reply.kind === 'stats'
      ? `${reply.table?.columns.join(' | ')} by ${reply.by[0]}`
      : reply.kind;
  };

  it('reads sides named in the reader’s language and the field after par/por', () => {
    expect(sides('compare or et cobalt par pays', 'fr')).toBe('gold | cobalt by country');
    expect(sides('compare oro y cobalto por estado', 'es')).toBe('gold | cobalt by status');
    expect(sides('compare Gana x Peru por mineral', 'pt')).toBe('Ghana | Peru by mineral');
    expect(sides('compare Pérou contre RDC', 'fr')).toBe(
      'Peru | Democratic Republic of the Congo by area',
    );
  });

  it('still reads English, where "or" joins two sides', () => {
    expect(sides('compare gold or cobalt by country', 'en')).toBe('gold | cobalt by country');
    expect(sides('compare ghana vs peru', 'en')).toBe('Ghana | Peru by area');
  });
});
