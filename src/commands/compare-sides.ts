import type { Translate } from '../i18n/index.js';
import { ENGLISH } from '../i18n/value-names.js';
import { foldText } from '../text/fold-text.js';
import { VALUE_TABLES } from '../vocabulary/value-tables.js';
import { STAT_FIELDS, type StatField } from './count-buckets.js';
import { BY_WORDS, englishSideName, foreignField } from './side-names.js';

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
// English, then French, Spanish and Portuguese ("or et cobalt", "oro y cobalto", "ouro x cobalto").
const JOINERS = new Set([
  ...['vs', 'v', 'versus', 'and', 'with', 'against', 'to', 'compared', 'or'],
  ...['et', 'contre', 'avec', 'ou', 'y', 'e', 'contra', 'con', 'o', 'u', 'com', 'x'],
]);

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
  const english = englishSideName(foldText(phrase));
  return english === undefined || english === phrase ? undefined : sideOf([english]);
}

/** "by area of work" at the end, as words: the field and the words before it. */
function trailingBy(words: string[]): { words: string[]; by?: StatField; bad?: string } {
  const at = words.findLastIndex((word) => BY_WORDS.has(word));
  if (at < 0) return { words };
  const named = words.slice(at + 1).join(' ');
  const by = FIELD_WORDS[named] ?? foreignField(named);
  return by ? { words: words.slice(0, at), by } : { words, bad: named };
}

/** The words as typed, then without a joiner at `edge`: French "or" is gold before it is "or". */
function withoutJoiner(words: string[], edge: number): string[][] {
  return JOINERS.has(words[edge] ?? '') ? [words, words.filter((_, at) => at !== edge)] : [words];
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
    for (const left of withoutJoiner(parts.slice(0, cut), cut - 1))
      for (const right of withoutJoiner(parts.slice(cut), 0)) {
        const a = sideOf(left);
        const b = sideOf(right);
        if (a && b) return { ok: true, sides: [a, b], by };
      }
  }
  return {
    ok: false,
    message:
      parts.length === 0
        ? t('compare:needs-two')
        : t('compare:not-two', { words: parts.join(' ') }),
  };
}
