import {
  DEFAULT_LOCALE,
  type Locale,
  type MessageKey,
  type Translate,
  translatorFor,
} from '../i18n/index.js';
import { mineralName, placeName } from '../i18n/value-names.js';

// The words of an unknown filter value, in the asker's language, with the
// close values named as the asker reads them: "Minerai inconnu « orr » —
// vouliez-vous dire or ?" (and mineral:or is a value the parser takes back).

type ProblemKey = 'mineral' | 'country' | 'region' | 'org' | 'donor';

const PROBLEM: Record<ProblemKey, MessageKey> = {
  mineral: 'filters:unknown.mineral',
  country: 'filters:unknown.country',
  region: 'filters:unknown.region',
  org: 'filters:no-match.org',
  donor: 'filters:no-match.donor',
};

function nameIn(locale: Locale, key: ProblemKey, name: string): string {
  if (key === 'mineral') return mineralName(locale, name);
  if (key === 'country' || key === 'region') return placeName(locale, name);
  return name;
}

/** "a or b or c" in the locale. */
export function eitherOr(t: Translate, items: readonly string[]): string {
  return items.reduce((first, second) => t('filters:either-or', { first, second }));
}

export function describeFilterProblem(
  key: ProblemKey,
  value: string,
  alternatives: readonly string[],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = translatorFor(locale);
  const problem = t(PROBLEM[key], { value });
  if (alternatives.length === 0) return problem;
  const guesses = eitherOr(
    t,
    alternatives.map((name) => nameIn(locale, key, name)),
  );
  return t('filters:did-you-mean', { problem, guesses });
}
