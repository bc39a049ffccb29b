import { describe, expect, it } from 'vitest';
import { heatTable } from '../../src/charts/heat-table.js';
import { chartSvg, renderChartPng } from '../../src/charts/render-chart.js';
import { replyCharts } from '../../src/charts/reply-charts.js';
import { shippedAssay } from '../support/assays.js';
import { darkPixels, decodePng } from '../support/decode-png.js';

// compare's heat map shades each cell by its share of its side's total, so a side of
// 10 records reads beside a side of 100; stats tables keep shading by count.

const table = {
  rows: ['first row', 'second row'],
  columns: ['big side', 'small side'],
  counts: [
    [50, 0],
    [20, 8],
  ],
};

/** The cells' fills in reading order, as [r, g, b]. */
function fills(svg: string): number[][] {
  return [...svg.matchAll(/<rect [^>]*fill="rgb\((\d+),(\d+),(\d+)\)"/g)].map((match) =>
    match.slice(1, 4).map(Number),
  );
}
const darkness = (rgb: number[] | undefined) => 765 - (rgb ?? []).reduce((a, b) => a + b, 0);

describe('the heat-map table', () => {
  it('shades by count when it has no column totals: the largest count is darkest', () => {
    const [fifty, twenty, eight] = fills(heatTable(table).svg);
    expect(darkness(fifty)).toBeGreaterThan(darkness(twenty));
    expect(darkness(twenty)).toBeGreaterThan(darkness(eight));
  });

  it("shades by share of its column's total: 8 of 10 is darker than 50 of 100", () => {
    const body = heatTable({ ...table, columnTotals: [100, 10] });
    const [fifty, twenty, eight] = fills(body.svg);
    expect(eight).toEqual([30, 78, 140]);
    expect(darkness(eight)).toBeGreaterThan(darkness(fifty));
    expect(darkness(fifty)).toBeGreaterThan(darkness(twenty));
    for (const label of ['>50 · 50%<', '>20 · 20%<', '>8 · 80%<'])
      expect(body.svg).toContain(label);
    expect(body.legend).toBe(
      "Shade and % are each cell's share of its column's total (big side 100, small side 10), so columns of different sizes compare.",
    );
  });
});

describe('compare as a picture', () => {
  it("gives each side's total with the table, and the picture says how it is shaded", () => {
    const reply = shippedAssay().run('compare gold cobalt');
    const [chart] = replyCharts(reply);
    if (chart?.data.shape !== 'table') throw new Error('no table chart');
    // 62 interventions name gold and 17 name cobalt (counted by hand, see compare.test.ts).
    expect(chart.data.columnTotals).toEqual([62, 17]);
    expect(chartSvg(chart)).toContain('share of its column');
    expect(chartSvg(chart)).toContain('(gold 62, cobalt 17)');
    const image = decodePng(renderChartPng(chart).png);
    expect(darkPixels(image)).toBeGreaterThan(2000);
    const text = reply.sections.find((section) => section.type === 'text');
    expect(text?.type === 'text' && text.text).toContain("chart's shading) are of each side's");
  });

  it('keeps shading stats tables by count', () => {
    const [chart] = replyCharts(shippedAssay().run('stats by:mineral,area'));
    expect(chart?.data.shape === 'table' && chart.data.columnTotals).toBeUndefined();
  });
});
