import type { Kind, Status } from '../corpus/schema.js';
import {
  ENGLISH,
  kindWord,
  mineralName,
  placeName,
  statusWord,
  typeWord,
  type Wording,
} from '../i18n/value-names.js';
import type { RecordType } from '../reply.js';
import { FILTER_KEYS, type FilterKey } from '../search/parse-query.js';
import type { Found } from './find-records.js';

// How the words and filters of a request read to a person, in their language:
// `« mercure » · pays : Ghana, statut : en cours`. Keys read as the filters accept them
// in that language; values are named from the value tables (CLDR places, the lexicon's
// minerals, the status, type and kind words); organisations, donors, areas and years as given.

const isFilterKey = (key: string): key is FilterKey =>
  (FILTER_KEYS as readonly string[]).includes(key);

function valueName(key: string, value: string, { locale, t }: Wording): string {
  switch (key) {
    case 'country':
    case 'region':
      return placeName(locale, value);
    case 'mineral':
      return mineralName(locale, value);
    case 'status':
      return statusWord(t, value as Status);
    case 'type':
      return typeWord(t, value as RecordType);
    case 'kind':
      return kindWord(t, value as Kind);
    default:
      return value;
  }
}

/** "gold or cobalt", "Perú u Honduras": several values of one filter mean either. */
function either(names: readonly string[], { t }: Wording): string {
  return names.reduce((first, next) =>
    t(/^h?o/i.test(next) ? 'lists:or-before-o' : 'lists:or', { first, next }),
  );
}

/** "mineral: gold, country: Ghana", in the reader's language ("minerai : or, pays : Ghana"). */
export function describeFilters(
  active: readonly { key: string; value: string; values?: readonly string[] }[],
  wording: Wording = ENGLISH,
): string {
  const { t } = wording;
  return active
    .map(({ key, value, values }) => {
      const label = isFilterKey(key) ? t(`lists:key.${key}`) : key;
      const names = (values ?? [value]).map((one) => valueName(key, one, wording));
      return t('lists:scope.filter', { key: label, value: either(names, wording) });
    })
    .join(', ');
}

/** The words searched for and the filters applied, as a person reads them. */
export function describeScope(
  found: Extract<Found, { ok: true }>,
  wording: Wording = ENGLISH,
): string {
  const searched = (found.outcome?.terms.length ?? 0) > 0;
  const words = searched ? wording.t('lists:scope.words', { words: found.words.join(' ') }) : '';
  return [words, describeFilters(found.filters.active, wording)].filter(Boolean).join(' · ');
}
