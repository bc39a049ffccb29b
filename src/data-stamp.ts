import type { Corpus } from './corpus/corpus.js';
import { DEFAULT_LOCALE, type Locale, translatorFor } from './i18n/index.js';
import type { DataStamp } from './reply.js';

// Which data answered, as every reply carries it and every footer words it.

export const dataStampOf = (corpus: Corpus): DataStamp => ({
  date: corpus.date,
  records: corpus.records.length,
});

/**
 * "data of 2026-11-30 · 256 records": the footer line every adapter shows, in the reader's
 * language ("données du 2026-11-30 · 256 fiches"). The date stays ISO: it reads the same
 * everywhere and is what the corpus manifest says.
 */
export function describeData(
  stamp: DataStamp | undefined,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (!stamp) return '';
  const t = translatorFor(locale);
  const records = t('lists:data.records', { count: stamp.records });
  return stamp.date === null
    ? t('lists:data.undated', { records })
    : t('lists:data.stamp', { date: stamp.date, records });
}
