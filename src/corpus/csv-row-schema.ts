import { z } from 'zod';
import { KIND_BY_WORD, STATUS_BY_WORD } from '../vocabulary/kinds.js';
import { type Actor, KINDS, type Place, STATUSES, YEAR_MAX, YEAR_MIN } from './schema.js';

// One spreadsheet row → the fields of an intervention. Cells are text; lists
// are separated by ";" (or "|" or line breaks), since names contain commas.

const splitList = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(/[;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

const cell = z.string().optional();
const list = cell.transform(splitList);

/** "International Labour Organization (ILO)" → name + short; other brackets are a role. */
function toActor(text: string): Actor {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
  if (!match) return { name: text };
  const [, name = text, inner = ''] = match;
  return /^[A-Z][A-Za-z0-9/&.-]{1,14}$/.test(inner)
    ? { name, short: inner }
    : { name, role: inner };
}

function toPlace(text: string): Place {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
  return match ? { country: match[1] ?? text, place: match[2] ?? '' } : { country: text };
}

const optionalYear = cell.transform((value, context) => {
  const text = (value ?? '').trim();
  if (text === '') return null;
  const year = Number(text);
  if (/^\d{4}$/.test(text) && year >= YEAR_MIN && year <= YEAR_MAX) return year;
  context.addIssue({
    code: 'custom',
    message: `expected a year such as 2019 (or nothing), got "${text}"`,
  });
  return z.NEVER;
});

function closedList<T extends string>(
  name: string,
  values: readonly T[],
  aliases: Record<string, T>,
  fallback: T,
) {
  return cell.transform((value, context): T => {
    const text = (value ?? '').trim().toLowerCase();
    if (text === '') return fallback;
    const found =
      values.find((candidate) => candidate === text) ??
      (Object.hasOwn(aliases, text) ? aliases[text] : undefined);
    if (found) return found;
    context.addIssue({
      code: 'custom',
      message: `expected ${name} ${values.join(', ')} (or nothing), got "${value}"`,
    });
    return z.NEVER;
  });
}

const areas = cell.transform((value, context) => {
  const parts = splitList((value ?? '').replace(/,/g, ';'));
  const numbers = parts.map(Number);
  const bad = parts.find((part, index) => !/^\d$/.test(part) || (numbers[index] ?? 0) < 1);
  if (bad === undefined) return numbers;
  context.addIssue({
    code: 'custom',
    message: `expected area numbers 1–9 separated by ";", got "${value}"`,
  });
  return z.NEVER;
});

const required = (what: string) =>
  z
    .string({ error: `expected ${what}, got nothing` })
    .trim()
    .min(1, `expected ${what}, got nothing`);

/** Keys are header names folded by columnKey ("Start year" → startyear). */
export const csvRowSchema = z.object({
  id: cell,
  name: required('a name'),
  acronym: cell,
  kind: closedList('a kind:', KINDS, KIND_BY_WORD, 'project'),
  organisations: list.transform((names) => names.map(toActor)),
  donors: list.transform((names) => names.map(toActor)),
  countries: list.transform((names) => names.map(toPlace)),
  regions: list,
  minerals: list,
  startyear: optionalYear,
  endyear: optionalYear,
  status: closedList('a status:', STATUSES, STATUS_BY_WORD, 'unknown'),
  statusasof: cell.transform((value) => {
    const text = (value ?? '').trim();
    return text === '' ? undefined : /^\d{4}$/.test(text) ? Number(text) : text;
  }),
  statusnote: cell,
  budget: cell,
  areas,
  summary: required('a summary'),
  notes: cell,
  tags: list,
  related: list,
  sources: list
    .refine((urls) => urls.length > 0, 'expected at least one source URL, got nothing')
    .refine((urls) => urls.every((url) => URL.canParse(url) && /^https?:/.test(url)), {
      message: 'expected http(s) URLs separated by ";"',
    }),
  confidence: closedList('a confidence:', ['high', 'medium', 'low'] as const, {}, 'medium'),
});

export type CsvRow = z.output<typeof csvRowSchema>;

/** Other header names people use for the same column. */
export const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  title: 'name',
  project: 'name',
  projectname: 'name',
  organisation: 'organisations',
  organization: 'organisations',
  organizations: 'organisations',
  implementers: 'organisations',
  implementingorganisations: 'organisations',
  org: 'organisations',
  donor: 'donors',
  funder: 'donors',
  funders: 'donors',
  country: 'countries',
  region: 'regions',
  mineral: 'minerals',
  start: 'startyear',
  end: 'endyear',
  area: 'areas',
  areasofwork: 'areas',
  description: 'summary',
  source: 'sources',
  url: 'sources',
  link: 'sources',
  links: 'sources',
  tag: 'tags',
};
