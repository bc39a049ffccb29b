import { z } from 'zod';
import { optionKey } from '../search/parse-query.js';
import { closestWords } from '../text/closest-words.js';
import { STAT_FIELDS, type StatField } from './count-buckets.js';

// The by: option of stats and compare, and how each field reads in a sentence.

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
      const hint = guess ? ` — did you mean ${guess}?` : '';
      context.addIssue({
        code: 'custom',
        message: `by must be one or two of ${STAT_FIELDS.join(', ')}, got "${part}"${hint}`,
      });
      return z.NEVER;
    }
    if (!fields.includes(field as StatField)) fields.push(field as StatField);
  }
  if (fields.length === 0 || fields.length > 2) {
    context.addIssue({
      code: 'custom',
      message: `by takes one field or two joined by a comma (by:mineral,area), got "${raw}"`,
    });
    return z.NEVER;
  }
  return fields;
});

/** How a field reads in a sentence. */
export const FIELD_NAMES: Record<StatField, string> = {
  area: 'area of work',
  mineral: 'mineral',
  country: 'country',
  region: 'region',
  org: 'organisation',
  donor: 'donor',
  status: 'status',
  kind: 'kind',
  year: 'year',
  type: 'type',
};

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
