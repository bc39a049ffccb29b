import { describe, expect, it } from 'vitest';
import {
  chartSvg,
  type Locale,
  narrowChartLines,
  type Reply,
  TERMINAL_CALLER,
} from '../../src/index.js';
import { fixtureAssay } from '../support/assays.js';

// brief, areas and the chart pictures asked in French, Spanish and Portuguese: headings,
// counts with their plurals, gaps, chart captions and what a picture draws itself read the
// catalog's text; area names stay the ILO mapping's English, and the reply says so.

const run = (text: string, locale: Locale) =>
  fixtureAssay().run(text, { ...TERMINAL_CALLER, locale });
const texts = (reply: Reply) =>
  reply.sections.flatMap((section) =>
    section.type === 'text' || section.type === 'heading' ? [section.text] : [],
  );
const charts = (reply: Reply) =>
  reply.sections.flatMap((section) =>
    section.type === 'chart' && section.chart ? [{ lines: section.lines, ...section.chart }] : [],
  );

describe('brief in each language', () => {
  it.each([
    [
      'fr',
      'Profil : mica (minerai : mica)',
      '2 interventions, 1 rapport et 0 leçon.',
      ['Bailleurs (interventions)', 'En cours (2)', 'Où', 'Les 3 premiers résultats', 'Lacunes'],
      '• RMI : signalé en cours pour la dernière fois en 2022',
      'Aucune intervention correspondante n’agit dans les domaines 1 (Area-based work), 7 (Investment and funding), 8 (Technical support and advocacy). 2 interventions signalées en cours reposent sur des données de plus de 3 ans : RMI (2022), FAMAHA (2022).',
      ['Où : mica', '3 fiches correspondantes', 'Chine      1'],
    ],
    [
      'es',
      'Perfil: mica (mineral: mica)',
      '2 intervenciones, 1 informe y 0 lecciones.',
      [
        'Donantes (intervenciones)',
        'En curso (2)',
        'Dónde',
        'Los 3 primeros resultados',
        'Lagunas',
      ],
      '• RMI: reportado en curso por última vez en 2022',
      'Ninguna intervención que coincide trabaja en las áreas 1 (Area-based work), 7 (Investment and funding), 8 (Technical support and advocacy). 2 intervenciones reportadas en curso se basan en datos de hace más de 3 años: RMI (2022), FAMAHA (2022).',
      ['Dónde: mica', '3 registros que coinciden', 'China      1'],
    ],
    [
      'pt',
      'Perfil: mica (mineral: mica)',
      '2 intervenções, 1 relatório e 0 lição.',
      [
        'Doadores (intervenções)',
        'Em andamento (2)',
        'Onde',
        'Os 3 primeiros resultados',
        'Lacunas',
      ],
      '• RMI: informado em andamento pela última vez em 2022',
      'Nenhuma intervenção correspondente atua nas áreas 1 (Area-based work), 7 (Investment and funding), 8 (Technical support and advocacy). 2 intervenções informadas em andamento se baseiam em dados de mais de 3 anos: RMI (2022), FAMAHA (2022).',
      ['Onde: mica', '3 registros correspondentes', 'Índia      1'],
    ],
  ] as const)('%s', (locale, title, counts, headings, ongoing, gaps, where) => {
    const reply = run('brief mica', locale);
    expect(reply.title).toBe(title);
    const said = texts(reply);
    expect(said[0]).toBe(counts);
    for (const heading of headings) expect(said).toContain(heading);
    expect(said.join('\n')).toContain(ongoing);
    expect(said.at(-1)).toBe(gaps);
    const [chartTitle, counted, line] = where;
    const chart = charts(reply).find((one) => one.title === chartTitle);
    expect(chart?.counted).toBe(counted);
    expect(chart?.lines.some((one) => one.startsWith(line))).toBe(true);
  });

  it('gives one missing area the singular', () => {
    expect(texts(run('brief gold', 'fr')).at(-1)).toMatch(
      /^Aucune intervention correspondante n’agit dans le domaine 1 \(Area-based work\)\. /,
    );
  });
});

describe('areas in each language', () => {
  it.each([
    [
      'fr',
      'Les neuf domaines de travail (cartographie de l’OIT, 2020)',
      '0 intervention',
      'Les noms et descriptions des domaines restent en anglais',
      'domaine 6 · Congo-Kinshasa · cobalt · 2018–2024',
    ],
    [
      'es',
      'Las nueve áreas de trabajo (mapeo de la OIT, 2020)',
      '0 intervenciones',
      'Los nombres y descripciones de las áreas quedan en inglés',
      'área 6 · República Democrática del Congo · cobalto · 2018–2024',
    ],
    [
      'pt',
      'As nove áreas de trabalho (mapeamento da OIT, 2020)',
      '0 intervenção',
      'Os nomes e as descrições das áreas ficam em inglês',
      'área 6 · Congo - Kinshasa · cobalto · 2018–2024',
    ],
  ] as const)('%s', (locale, title, none, english, example) => {
    const reply = run('areas', locale);
    expect(reply.title).toBe(title);
    const values = reply.sections.flatMap((section) =>
      section.type === 'fields' ? section.fields.map((field) => field.value) : [],
    );
    expect(values[0]).toBe(none);
    expect(texts(reply).some((text) => text.startsWith(english))).toBe(true);
    const more = run('areas page:2', locale);
    const facts = more.sections.flatMap((section) =>
      section.type === 'records' ? section.items.map((item) => item.facts) : [],
    );
    expect(facts).toContain(example);
  });

  it('says nothing about the names’ language in English', () => {
    expect(texts(run('areas', 'en')).join(' ')).not.toContain('English');
  });
});

describe('what a chart picture draws in each language', () => {
  const spec = (reply: Reply) => {
    const [first] = charts(reply);
    if (!first) throw new Error('no chart');
    return first;
  };

  it('words its caption, what it left out and its key', () => {
    const bars = spec(run('stats by:country', 'fr'));
    const svg = chartSvg(bars, undefined, 'fr');
    expect(svg).toContain('Total : 10 interventions · aucun filtre');
    expect(svg).toContain('… et 12 de plus');
    const table = chartSvg(spec(run('compare gold cobalt by:status', 'es')), undefined, 'es');
    expect(table).toContain('Total: 6 y 2 intervenciones');
    expect(table).toContain('El tono y el % son la parte de cada celda en el total de su columna');
    expect(table).toContain('(oro 6,');
    expect(table).toContain('cobalto 2), para comparar');
  });

  it('keeps the phone version within 40 characters with the longer labels', () => {
    for (const locale of ['fr', 'es', 'pt'] as const) {
      for (const text of ['stats by:country', 'stats by:mineral,status', 'stats by:status']) {
        const chart = spec(run(text, locale));
        const lines = narrowChartLines(chart.lines, chart, 40, locale);
        for (const line of lines) expect(line.length, `${locale} ${line}`).toBeLessThanOrEqual(40);
      }
    }
    const chart = spec(run('stats by:country', 'pt'));
    expect(narrowChartLines(chart.lines, chart, 40, 'pt').at(-1)).toBe('… e mais 12');
  });

  it('keeps the text chart’s label column at 32 characters in every language', () => {
    for (const locale of ['en', 'fr', 'es', 'pt'] as const) {
      const lines = spec(run('stats by:country', locale)).lines.filter(
        (one) => !one.startsWith('…'),
      );
      // the label column ends where the count starts
      for (const line of lines) expect(line.search(/ +\d+ █*$/), line).toBeLessThanOrEqual(32);
    }
  });
});
