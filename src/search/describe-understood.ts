import type { Status } from '../corpus/schema.js';
import { type Locale, translatorFor } from '../i18n/index.js';
import { mineralName, placeName, statusWord, typeWord } from '../i18n/value-names.js';
import type { RecordType } from '../reply.js';
import type { Understood } from './understand-words.js';

// "Understood: status ongoing, country Peru" in the asker's language ("Compris :
// statut en cours, pays Pérou"): the keys and values as the filters read them.

function valueIn(locale: Locale, { key, value }: Understood): string {
  const t = translatorFor(locale);
  if (key === 'mineral') return mineralName(locale, value);
  if (key === 'country' || key === 'region') return placeName(locale, value);
  if (key === 'status') return statusWord(t, value as Status);
  if (key === 'type') return typeWord(t, value as RecordType);
  return value;
}

/** The clause, without a full stop; null when no free word became a filter. */
export function describeUnderstood(
  understood: readonly Understood[],
  locale: Locale,
): string | null {
  if (understood.length === 0) return null;
  const t = translatorFor(locale);
  const parts = understood.map((one) =>
    t('filters:understood.part', { key: t(`lists:key.${one.key}`), value: valueIn(locale, one) }),
  );
  return t('filters:understood', { parts: parts.join(', ') });
}
