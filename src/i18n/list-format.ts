import type { Locale } from './locale.js';

// "interventions and reports", "intervenciones e informes": each language joins a list its own
// way (Spanish y becomes e before an i), so lists go through Intl.ListFormat, made once per use.

const formats = new Map<string, Intl.ListFormat>();

/** Joins two or more words as the locale does: `and` (conjunction) or `or` (disjunction). */
export function listOf(
  locale: Locale,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const id = `${locale}:${type}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    formats.set(id, format);
  }
  return format.format(items);
}
