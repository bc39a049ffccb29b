import { describeData } from '../data-stamp.js';
import { DEFAULT_LOCALE, type Locale, translatorFor } from '../i18n/index.js';
import type { ChartSpec, DataStamp, Reply } from '../reply.js';
import { barChart } from './bar-chart.js';
import { chartFont, FONT_FAMILY } from './chart-font.js';
import {
  CHART_WIDTH,
  type ChartBody,
  INNER_WIDTH,
  NOTE,
  PADDING,
  PIXEL_RATIO,
  SUBTITLE,
  TITLE,
} from './chart-layout.js';
import { heatTable } from './heat-table.js';
import { loadResvg } from './load-resvg.js';
import { replyCharts } from './reply-charts.js';
import { svgText, wrapText } from './svg-text.js';

// A chart as a picture: title, what was counted and the filters above, the
// bars or the table, then what was left out and the data date below.

export interface ChartPicture {
  png: Buffer;
  width: number;
  height: number;
}

function lineHeight(style: { size: number }): number {
  return Math.round(style.size * 1.35);
}

function stampLine(stamp: DataStamp | undefined, locale?: Locale): string {
  return ['Assay', describeData(stamp, locale)].filter(Boolean).join(' · ');
}

/** `locale` words the data line under the chart (the reply's language). */
export function chartSvg(spec: ChartSpec, stamp?: DataStamp, locale?: Locale): string {
  const t = translatorFor(locale ?? DEFAULT_LOCALE);
  const parts: string[] = [];
  let y = PADDING;
  const put = (lines: string[], style: { size: number; bold?: boolean; fill?: string }) => {
    for (const line of lines) {
      y += lineHeight(style);
      parts.push(svgText(PADDING, y - style.size * 0.3, line, style));
    }
  };
  put(wrapText(spec.title, INNER_WIDTH, TITLE, 2), TITLE);
  const scope = [t('charts:counting', { counted: spec.counted }), spec.filters]
    .filter(Boolean)
    .join(' · ');
  put(wrapText(scope, INNER_WIDTH, SUBTITLE, 2), SUBTITLE);
  y += 12;
  const body: ChartBody =
    spec.data.shape === 'bars' ? barChart(spec.data.bars, t) : heatTable(spec.data, t);
  parts.push(`<g transform="translate(${PADDING} ${y})">${body.svg}</g>`);
  y += body.height + 8;
  if (body.legend) put(wrapText(body.legend, INNER_WIDTH, NOTE, 4), NOTE);
  if (body.hidden.length > 0) put([t('charts:left-out', { list: body.hidden.join(', ') })], NOTE);
  put([stampLine(stamp, locale)], NOTE);
  const height = Math.ceil(y + PADDING / 2);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
}

/** resvg's options: the shipped font only, never the machine's, at twice the size. */
export function rasterOptions(fontFiles: string[] = chartFont().files) {
  return {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom' as const, value: PIXEL_RATIO },
    background: '#ffffff',
  };
}

/** Draws a chart on this thread (the terminal, tests). */
export function renderChartPng(spec: ChartSpec, stamp?: DataStamp, locale?: Locale): ChartPicture {
  const { Resvg } = loadResvg();
  const image = new Resvg(chartSvg(spec, stamp, locale), rasterOptions()).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** Draws a chart on resvg's worker thread, so a bot keeps answering while it draws. */
export async function renderChartPngAsync(
  spec: ChartSpec,
  stamp?: DataStamp,
  locale?: Locale,
): Promise<ChartPicture> {
  const image = await loadResvg().renderAsync(chartSvg(spec, stamp, locale), rasterOptions());
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** Every chart of a reply, drawn on resvg's worker, with the reply's data date. */
export function renderReplyCharts(reply: Reply): Promise<ChartPicture[]> {
  return Promise.all(
    replyCharts(reply).map((chart) => renderChartPngAsync(chart, reply.data, reply.locale)),
  );
}
