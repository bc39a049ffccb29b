import { DEFAULT_LOCALE, type Translate, translatorFor } from '../i18n/index.js';
import type { Bucket } from '../reply.js';
import {
  BAR_COLOUR,
  type ChartBody,
  GRID_COLOUR,
  INNER_WIDTH,
  LABEL,
  MAX_BARS,
  VALUE,
} from './chart-layout.js';
import { fitText, measure, round, svgText } from './svg-text.js';

// Horizontal bars: a label column sized to the longest label (at most 45% of
// the width), bars scaled to the largest count, the count at each bar's end.

const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;
const GAP = 8;

export function barChart(
  buckets: readonly Bucket[],
  t: Translate = translatorFor(DEFAULT_LOCALE),
): ChartBody {
  const shown = buckets.slice(0, MAX_BARS);
  // The count as the reader's locale writes it (1,234 / 1 234 / 1.234).
  const number = (count: number) => t('charts:number', { count });
  const largest = Math.max(1, ...shown.map((bucket) => bucket.count));
  const labelWidth = Math.min(
    INNER_WIDTH * 0.45,
    Math.max(...shown.map((bucket) => measure(bucket.key, LABEL))),
  );
  const countWidth = measure(number(largest), VALUE) + GAP;
  const barSpace = INNER_WIDTH - labelWidth - GAP - countWidth;
  const parts = shown.map((bucket, index) => {
    const top = index * ROW_HEIGHT;
    const baseline = top + ROW_HEIGHT / 2 + LABEL.size * 0.35;
    const length = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / largest) * barSpace);
    const barX = labelWidth + GAP;
    return [
      svgText(0, baseline, fitText(bucket.key, labelWidth, LABEL), LABEL),
      `<rect x="${round(barX)}" y="${round(top + (ROW_HEIGHT - BAR_HEIGHT) / 2)}" width="${round(length)}" height="${BAR_HEIGHT}" rx="2" fill="${BAR_COLOUR}"/>`,
      svgText(barX + length + 4, baseline, number(bucket.count), VALUE),
    ].join('');
  });
  const height = shown.length * ROW_HEIGHT;
  const axis = `<line x1="${round(labelWidth + GAP)}" y1="0" x2="${round(labelWidth + GAP)}" y2="${height}" stroke="${GRID_COLOUR}"/>`;
  const hidden =
    buckets.length > shown.length
      ? [t('charts:more', { count: buckets.length - shown.length })]
      : [];
  return { svg: axis + parts.join(''), height, hidden };
}
