import type { Translate } from '../i18n/index.js';
import { ENGLISH } from '../i18n/value-names.js';
import { foldText } from '../text/fold-text.js';
import { VALUE_TABLES } from '../vocabulary/value-tables.js';
import { STAT_FIELDS, type StatField } from './count-buckets.js';

// Reads "gold vs cobalt by area of work" into two sides and a field. A side is
// a mineral, country, region or organisation, each possibly of several words.

export type SideKey = 'mineral' | 'country' | 'region' | 'org';

export interface Side {
  key: SideKey;
  /** The canonical name ("Democratic Republic of the Congo"). */
  name: string;
}

export type SidesResult =
  | { ok: true; sides: [Side, Side]; by?: StatField }
  | { ok: false; message: string };

const SIDE_KEYS: readonly SideKey[] = ['mineral', 'country', 'region', 'org'];
const JOINERS = new Set(['vs', 'v', 'versus', 'and', 'with', 'against', 'to', 'compared', 'or']);

/** How people name a field after "by": "area of work", "organisation", "minerals". */
const FIELD_WORDS: Readonly<Record<string, StatField>> = {
  area: 'area',
  areas: 'area',
  'area of work': 'area',
  'areas of work': 'area',
  mineral: 'mineral',
  minerals: 'mineral',
  country: 'country',
  countries: 'country',
  region: 'region',
  regions: 'region',
  org: 'org',
  orgs: 'org',
  organisation: 'org',
  organisations: 'org',
  organization: 'org',
  organizations: 'org',
  donor: 'donor',
  donors: 'donor',
  status: 'status',
  kind: 'kind',
  year: 'year',
  years: 'year',
  type: 'type',
};

export function sideOf(words: readonly string[]): Side | undefined {
  const phrase = words.join(' ');
  if (phrase === '') return undefined;
  for (const key of SIDE_KEYS) {
    const entry = VALUE_TABLES[key].find(phrase);
    if (entry) return { key, name: entry.name };
  }
  return undefined;
}

/** "by area of work" at the end, as words: the field and the words before it. */
function trailingBy(words: string[]): { words: string[]; by?: StatField; bad?: string } {
  const at = words.lastIndexOf('by');
  if (at < 0) return { words };
  const named = words.slice(at + 1).join(' ');
  const by = FIELD_WORDS[named];
  return by ? { words: words.slice(0, at), by } : { words, bad: named };
}

export function readSides(typed: readonly string[], t: Translate = ENGLISH.t): SidesResult {
  const folded = foldText(typed.join(' ')).split(' ').filter(Boolean);
  const { words, by, bad } = trailingBy(folded);
  if (bad !== undefined)
    return {
      ok: false,
      message: t('compare:by-one-of-got', { fields: STAT_FIELDS.join(', '), got: bad }),
    };
  const parts = words.filter((word) => word !== 'compare');
  for (let cut = 1; cut < parts.length; cut++) {
    const left = parts.slice(0, cut).filter((word, at) => at < cut - 1 || !JOINERS.has(word));
    const right = parts.slice(cut).filter((word, at) => at > 0 || !JOINERS.has(word));
    const a = sideOf(left);
    const b = sideOf(right);
    if (a && b) return { ok: true, sides: [a, b], by };
  }
  return {
    ok: false,
    message:
      parts.length === 0
        ? t('compare:needs-two')
        : t('compare:not-two', { words: parts.join(' ') }),
  };
}
