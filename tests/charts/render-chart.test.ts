import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, PIXEL_RATIO } from '../../src/charts/chart-layout.js';
import { chartSvg, rasterOptions, renderChartPng } from '../../src/charts/render-chart.js';
import { replyCharts } from '../../src/charts/reply-charts.js';
import { STAT_FIELDS } from '../../src/commands/count-buckets.js';
import type { ChartSpec, Reply } from '../../src/reply.js';
import { shippedAssay } from '../support/assays.js';
import { darkPixels, decodePng, differingPixels } from '../support/decode-png.js';

const WIDTH = CHART_WIDTH * PIXEL_RATIO;
/** The title's two lines at most, in picture pixels: only text is drawn there. */
const TITLE_BAND = 100 * PIXEL_RATIO;

const bars: ChartSpec = {
  title: 'Interventions by country',
  counted: '120 interventions',
  filters: 'gold · Africa',
  data: {
    shape: 'bars',
    bars: [
      { key: 'Democratic Republic of the Congo', count: 32 },
      { key: "Côte d'Ivoire", count: 12 },
      { key: 'São Tomé and Príncipe', count: 3 },
    ],
  },
};

function onlyChart(reply: Reply): ChartSpec {
  const charts = replyCharts(reply);
  expect(charts, reply.query).toHaveLength(1);
  return charts[0] as ChartSpec;
}

/** The picture decodes, is the chart's width, and has text drawn in its title band. */
function expectReadablePicture(spec: ChartSpec, label: string): void {
  const picture = renderChartPng(spec);
  const image = decodePng(picture.png);
  expect(image.width, label).toBe(WIDTH);
  expect(image.height, label).toBe(picture.height);
  expect(image.height, label).toBeGreaterThan(TITLE_BAND);
  expect(darkPixels(image, 0, TITLE_BAND), label).toBeGreaterThan(500);
}

describe('a chart as a picture', () => {
  it('draws its text with the shipped font: without the font nothing dark is drawn', () => {
    const svg = chartSvg(bars);
    const withFont = decodePng(new Resvg(svg, rasterOptions()).render().asPng());
    const withoutFont = decodePng(new Resvg(svg, rasterOptions([])).render().asPng());
    expect([withFont.width, withFont.height]).toEqual([withoutFont.width, withoutFont.height]);
    expect(darkPixels(withoutFont)).toBe(0);
    expect(darkPixels(withFont)).toBeGreaterThan(2000);
    expect(differingPixels(withFont, withoutFont)).toBeGreaterThan(5000);
  });

  it('escapes labels, so markup in a name is drawn as text, not parsed', () => {
    const spec: ChartSpec = {
      ...bars,
      title: 'Tags </text><script>alert(1)</script> & "quotes"',
      data: { shape: 'bars', bars: [{ key: '<b>Bold & co</b>', count: 2 }] },
    };
    const svg = chartSvg(spec);
    expect(svg).toContain('&lt;b&gt;Bold &amp; co&lt;/b&gt;');
    expect(svg).not.toContain('<script>');
    expect(decodePng(renderChartPng(spec).png).width).toBe(WIDTH);
  });

  it('carries its title, what was counted, the filters and the data date', () => {
    const svg = chartSvg(bars, { date: '2026-05-01', records: 412 });
    for (const text of [
      'Interventions by country',
      '120 interventions',
      'gold · Africa',
      '2026-05-01',
      '412 records',
    ])
      expect(svg).toContain(text);
    expect(chartSvg(bars)).not.toContain('data of');
  });

  it('words its data line in the reply’s language', () => {
    const stamp = { date: '2026-05-01', records: 1412 };
    expect(chartSvg(bars, stamp, 'fr')).toContain(
      'Assay · données du 2026-05-01 · 1\u202f412 fiches',
    );
    expect(chartSvg(bars, stamp, 'pt')).toContain('Assay · dados de 2026-05-01 · 1.412 registros');
  });

  it('says how many bars it left out', () => {
    const many = Array.from({ length: 20 }, (_, index) => ({
      key: `Country ${index}`,
      count: 20 - index,
    }));
    const svg = chartSvg({ ...bars, data: { shape: 'bars', bars: many } });
    expect(svg).toContain('… and 5 more');
    expect(svg).not.toContain('Country 15<');
  });

  it.each(STAT_FIELDS)('stats by:%s draws bars', (field) => {
    const spec = onlyChart(shippedAssay().run(`stats by:${field}`));
    expect(spec.data.shape).toBe('bars');
    expectReadablePicture(spec, field);
  });

  it('every pair of stats fields draws a heat-map table', () => {
    for (const first of STAT_FIELDS) {
      for (const second of STAT_FIELDS.filter((field) => field !== first)) {
        const spec = onlyChart(shippedAssay().run(`stats by:${first},${second}`));
        expect(spec.data.shape, `${first},${second}`).toBe('table');
        expectReadablePicture(spec, `${first},${second}`);
      }
    }
  }, 120_000);

  it('brief draws its breakdowns: organisations, donors, where, areas of work', () => {
    const charts = replyCharts(shippedAssay().run('brief cobalt'));
    expect(charts.map((chart) => chart.title)).toEqual([
      'Organisations (interventions): cobalt',
      'Donors (interventions): cobalt',
      'Where: cobalt',
      'ILO areas of work (interventions): cobalt',
    ]);
    for (const chart of charts) expectReadablePicture(chart, chart.title);
  });
});
