import { mineralName, placeName, type Wording } from '../i18n/value-names.js';
import type { Side } from './compare-sides.js';
import { describeFilters } from './find-records.js';

// How compare names its two sides to the reader: a place or mineral in the reader's
// language, and the line of filters under the chart.

/** A side as the reader names it: "Pérou", "or"; organisations as the corpus writes them. */
export function sideName(side: Side, { locale }: Wording): string {
  if (side.key === 'mineral') return mineralName(locale, side.name);
  if (side.key === 'org') return side.name;
  return placeName(locale, side.name);
}

/** "mineral gold / mineral cobalt · type: report", in the reader's words. */
export function chartFilters(
  sides: readonly [Side, Side],
  names: { a: string; b: string },
  options: Readonly<Record<string, unknown>>,
  wording: Wording,
): string {
  const { t } = wording;
  const [a, b] = sides;
  const side = (one: Side, name: string) =>
    t('compare:side', { key: t(`lists:key.${one.key}`), name });
  const filters = describeFilters(
    Object.entries(options)
      .filter(([key]) => key !== 'by')
      .map(([key, value]) => ({ key, value: String(value) })),
    wording,
  );
  return [`${side(a, names.a)} / ${side(b, names.b)}`, filters].filter(Boolean).join(' · ');
}
