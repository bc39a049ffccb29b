import { z } from 'zod';
import type { MessageKey, Translate } from '../i18n/index.js';
import { optionKey } from '../search/parse-query.js';
import { closestWords } from '../text/closest-words.js';
import { STAT_FIELDS, type StatField } from './count-buckets.js';
import { optionIssue } from './option-issue.js';

// The by: option of stats and compare, and how each field reads in a sentence.

const FIELD_LIST = STAT_FIELDS.join(', ');

/** `by:mineral` or `by:mineral,area`: one or two fields to count by. */
export const byOption = z.string().transform((raw, context): StatField[] => {
  const fields: StatField[] = [];
  for (const part of raw
    .split(/[,×x+]/)
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean)) {
    const field = (STAT_FIELDS as readonly string[]).includes(part)
      ? (part as StatField)
      : optionKey(part);
    if (!field || !(STAT_FIELDS as readonly string[]).includes(field)) {
      const guess = closestWords(part, STAT_FIELDS, 1)[0];
      const wrong = { fields: FIELD_LIST, got: part };
      context.addIssue(
        guess
          ? optionIssue('stats:by-one-of-guess', { ...wrong, guess })
          : optionIssue('stats:by-one-of', wrong),
      );
      return z.NEVER;
    }
    if (!fields.includes(field as StatField)) fields.push(field as StatField);
  }
  if (fields.length === 0 || fields.length > 2) {
    context.addIssue(optionIssue('stats:by-count', { got: raw }));
    return z.NEVER;
  }
  return fields;
});

const FIELD_KEYS: Record<StatField, MessageKey> = {
  area: 'stats:field.area',
  mineral: 'stats:field.mineral',
  country: 'stats:field.country',
  region: 'stats:field.region',
  org: 'stats:field.org',
  donor: 'stats:field.donor',
  status: 'stats:field.status',
  kind: 'stats:field.kind',
  year: 'stats:field.year',
  type: 'stats:field.type',
};

/** How a field reads in a sentence: "area of work", "domaine". */
export function fieldName(t: Translate, field: StatField): string {
  return t(FIELD_KEYS[field]);
}

export const BY_CHOICES = [
  ...STAT_FIELDS,
  'mineral,area',
  'country,mineral',
  'area,country',
  'mineral,status',
].map((value) => ({
  name: value,
  value,
}));
