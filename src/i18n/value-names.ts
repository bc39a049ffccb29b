import type { Kind, Status } from '../corpus/schema.js';
import type { StatusReading } from '../corpus/status-reading.js';
import type { RecordType } from '../reply.js';
import { MINERAL_NAMES_I18N } from '../vocabulary/mineral-names-i18n.js';
import { COUNTRY_NAMES_I18N, REGION_NAMES_I18N } from '../vocabulary/place-names-i18n.js';
import type { MessageKey } from './catalogs.js';
import type { Locale } from './locale.js';
import { type Translate, translatorFor } from './translate.js';

// The words for a record's field values in the reader's language. Statuses, types and kinds
// come from the catalog (messages/values.ts); countries, regions and minerals from the
// vocabulary's sourced tables (CLDR names, the lexicon's mineral rows). A name those tables
// lack comes back as the corpus has it, in English.

/** What wording a value needs: the locale (for names) and its message function. */
export interface Wording {
  locale: Locale;
  t: Translate;
}

export const ENGLISH: Wording = { locale: 'en', t: translatorFor('en') };

const STATUS_KEYS: Record<Status, MessageKey> = {
  ongoing: 'values:status.ongoing',
  completed: 'values:status.completed',
  unknown: 'values:status.unknown',
};

const TYPE_KEYS: Record<RecordType | 'all', MessageKey> = {
  intervention: 'values:type.intervention',
  report: 'values:type.report',
  lesson: 'values:type.lesson',
  all: 'values:type.all',
};

const KIND_KEYS: Record<Kind, MessageKey> = {
  project: 'values:kind.project',
  standard: 'values:kind.standard',
  law: 'values:kind.law',
  initiative: 'values:kind.initiative',
  toolkit: 'values:kind.toolkit',
  fund: 'values:kind.fund',
};

export function statusWord(t: Translate, status: Status): string {
  return t(STATUS_KEYS[status]);
}

/** "intervention" / "interventions"; `all` words any record ("record", "fiche"). */
export function typeWord(t: Translate, type: RecordType | 'all', count = 1): string {
  return t(TYPE_KEYS[type], { count });
}

export function kindWord(t: Translate, kind: Kind): string {
  return t(KIND_KEYS[kind]);
}

/** An intervention's dated status: "ongoing (as of 2024)", "en cours (état en 2024)". */
export function statusText(t: Translate, reading: StatusReading): string {
  // A year, not a number: 2024 must not read "2 024".
  const year = reading.asOf?.slice(0, 4) ?? '';
  if (reading.stale) return t('values:reading.stale', { year });
  if (reading.status === 'unknown')
    return year ? t('values:reading.unknown-as-of', { year }) : t('values:reading.unknown');
  const status = statusWord(t, reading.status);
  return year
    ? t('values:reading.as-of', { status, year })
    : t('values:reading.undated', { status });
}

type NameTable = ReadonlyMap<string, Readonly<Record<Exclude<Locale, 'en'>, string>>>;

// The first term of each language cell is the name to show (CLDR's for places).
function firstTerms(
  rows: readonly {
    name: string;
    terms: Readonly<Record<Exclude<Locale, 'en'>, readonly { text: string }[]>>;
  }[],
): NameTable {
  const table = new Map<string, Record<Exclude<Locale, 'en'>, string>>();
  for (const { name, terms } of rows) {
    const fr = terms.fr[0]?.text;
    const es = terms.es[0]?.text;
    const pt = terms.pt[0]?.text;
    if (fr && es && pt) table.set(name, { fr, es, pt });
  }
  return table;
}

const PLACES = firstTerms([...COUNTRY_NAMES_I18N, ...REGION_NAMES_I18N]);
const MINERALS = firstTerms(MINERAL_NAMES_I18N);

function nameIn(table: NameTable, locale: Locale, english: string): string {
  if (locale === 'en') return english;
  return table.get(english)?.[locale] ?? english;
}

/** A country's or region's name in the locale: "Pérou", "Afrique occidentale" (CLDR). */
export function placeName(locale: Locale, englishName: string): string {
  return nameIn(PLACES, locale, englishName);
}

/** A mineral's name in the locale, from the lexicon: "or", "oro", "ouro". */
export function mineralName(locale: Locale, englishName: string): string {
  return nameIn(MINERALS, locale, englishName);
}
