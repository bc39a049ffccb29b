import { z } from 'zod';
import { KINDS, STATUSES } from '../corpus/schema.js';
import type { RecordType } from '../reply.js';
import { closestWords } from '../text/closest-words.js';
import { KIND_BY_WORD, KIND_LABELS, STATUS_BY_WORD } from '../vocabulary/kinds.js';
import { foreignValueWords } from '../vocabulary/value-words-i18n.js';
import type { OptionMeta } from './command-spec.js';
import { optionIssue } from './option-issue.js';

// The key:value options commands share. Each schema reads the raw text a user
// typed and says what it expected and what it got; values that depend on the
// corpus (is there such a mineral?) are checked in search/resolve-filters.ts.

const withMeta = <T extends z.ZodType>(schema: T, meta: OptionMeta) => schema.optional().meta(meta);

const MAX_FREE_TEXT = 100;

const freeText = (meta: OptionMeta = {}) =>
  withMeta(
    z
      .string()
      .trim()
      .refine((text) => text.length >= 1, optionIssue('options:expected-value'))
      .refine(
        (text) => text.length <= MAX_FREE_TEXT,
        optionIssue('options:too-long', { max: MAX_FREE_TEXT }),
      ),
    meta,
  );

/** Splits "gold,cobalt" (and "gold, cobalt") into its values: several values mean either. */
export const splitValues = (raw: string): string[] =>
  raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * A closed list read case-insensitively, with aliases and a did-you-mean in the
 * message; several values (`status:ongoing,completed`) mean either.
 */
function oneOf<T extends string>(
  name: string,
  values: readonly T[],
  aliases: Record<string, T | readonly T[]>,
) {
  return z.string().transform((raw, context): T[] => {
    const found: T[] = [];
    for (const part of splitValues(raw)) {
      const lower = part.toLowerCase();
      const known =
        values.find((value) => value === lower) ??
        (Object.hasOwn(aliases, lower) ? aliases[lower] : undefined);
      if (known) {
        for (const value of typeof known === 'string' ? [known] : known)
          if (!found.includes(value)) found.push(value);
        continue;
      }
      const guess = closestWords(lower, [...values, ...Object.keys(aliases)], 1)[0];
      const named = guess === undefined ? undefined : (aliases[guess] ?? guess);
      const wrong = { name, values: values.join(', '), got: part };
      context.addIssue(
        typeof named === 'string'
          ? optionIssue('options:one-of-guess', { ...wrong, guess: named })
          : optionIssue('options:one-of', wrong),
      );
      return z.NEVER;
    }
    if (found.length === 0) {
      context.addIssue(optionIssue('options:needs-value', { name }));
      return z.NEVER;
    }
    return found;
  });
}

export function wholeNumber(name: string, min: number, max: number) {
  return z.union([z.string(), z.number()]).transform((raw, context) => {
    const text = String(raw).trim();
    const value = Number(text);
    if (/^\d+$/.test(text) && value >= min && value <= max) return value;
    context.addIssue(
      max === Number.MAX_SAFE_INTEGER
        ? optionIssue('options:whole-number-from', { name, min, got: text })
        : optionIssue('options:whole-number-range', { name, min, max, got: text }),
    );
    return z.NEVER;
  });
}

/** Areas of work, one or several (`area:3` or `area:3,5`). */
const areaList = z.union([z.string(), z.number()]).transform((raw, context): number[] => {
  const parts = splitValues(String(raw));
  const numbers = parts.map(Number);
  if (parts.length > 0 && parts.every((part) => /^\d+$/.test(part)))
    if (numbers.every((value) => value >= 1 && value <= 9)) return [...new Set(numbers)];
  context.addIssue(optionIssue('options:area-range', { got: String(raw).trim() }));
  return z.NEVER;
});

const yearRange = z.union([z.string(), z.number()]).transform((raw, context) => {
  const text = String(raw).trim();
  const match = /^(\d{4})(?:\s*(?:-|–|\.\.|to)\s*(\d{4}))?$/.exec(text);
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (match && from <= to) return { from, to };
  // Years as typed (2019, not 2,019): plain values, not {{n, number}}.
  context.addIssue(
    match
      ? optionIssue('options:year-backwards', { got: text, from: String(from), to: String(to) })
      : optionIssue('options:year-form', { got: text }),
  );
  return z.NEVER;
});

export const RECORD_TYPES = ['intervention', 'report', 'lesson'] as const;

const TYPE_ALIASES: Record<string, RecordType | readonly RecordType[]> = {
  ...(foreignValueWords('type') as Record<string, RecordType>),
  all: RECORD_TYPES,
  any: RECORD_TYPES,
  everything: RECORD_TYPES,
  interventions: 'intervention',
  project: 'intervention',
  projects: 'intervention',
  reports: 'report',
  lessons: 'lesson',
  study: 'report',
  studies: 'report',
};
export const AREA_CHOICES = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((number) => ({
  name: String(number),
  value: String(number),
}));

export const filterOptions = {
  mineral: freeText({ completion: 'mineral' }),
  country: freeText({ completion: 'country' }),
  region: freeText(),
  area: withMeta(areaList, {
    choices: AREA_CHOICES,
    integer: true,
  }),
  type: withMeta(oneOf('type', RECORD_TYPES, TYPE_ALIASES), {
    choices: [...RECORD_TYPES, 'all'].map((value) => ({ name: value, value })),
  }),
  status: withMeta(oneOf('status', STATUSES, STATUS_BY_WORD), {
    choices: STATUSES.map((value) => ({ name: value, value })),
  }),
  kind: withMeta(oneOf('kind', KINDS, KIND_BY_WORD), {
    choices: KINDS.map((value) => ({ name: KIND_LABELS[value].label, value })),
  }),
  org: freeText(),
  donor: freeText(),
  year: withMeta(yearRange, {}),
};

export const pageOption = {
  page: withMeta(wholeNumber('page', 1, Number.MAX_SAFE_INTEGER), {
    integer: true,
  }),
};

export type FilterOptions = z.output<z.ZodObject<typeof filterOptions>>;
