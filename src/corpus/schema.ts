import { z } from 'zod';

// The shape of the files in corpus/. Cross-record rules (unique ids, references,
// known countries and minerals) live in check-corpus.ts; these are per-record.

// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const text = z
  .string()
  .trim()
  .min(1, 'expected non-empty text')
  .refine((value) => !CONTROL_CHARACTERS.test(value), 'expected text without control characters');

export const YEAR_MIN = 1950;
export const YEAR_MAX = 2100;
const year = z
  .number({ error: 'expected a year (a whole number such as 2019)' })
  .int('expected a whole-number year')
  .min(YEAR_MIN, `expected a year from ${YEAR_MIN}`)
  .max(YEAR_MAX, `expected a year up to ${YEAR_MAX}`);

const url = z.string().refine((value) => URL.canParse(value) && /^https?:/.test(value), {
  message: 'expected an http(s) URL',
});

export const confidenceSchema = z.enum(['high', 'medium', 'low']);

export const placeSchema = z.strictObject({
  country: z.string().trim().min(1, 'expected a country name'),
  place: text.optional(),
});

export const actorSchema = z.strictObject({
  name: text,
  short: text.optional(),
  role: text.optional(),
});

export const KINDS = ['project', 'standard', 'law', 'initiative', 'toolkit', 'fund'] as const;
export const kindSchema = z.enum(KINDS);

export const STATUSES = ['ongoing', 'completed', 'unknown'] as const;
export const statusSchema = z.enum(STATUSES);

export const LESSON_TYPES = ['lesson', 'good practice', 'gap', 'finding', 'scope note'] as const;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id like "caring-gold"');

const sources = z.array(url).min(1, 'expected at least one source URL');

export const interventionSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    acronym: text.optional(),
    kind: kindSchema,
    organisations: z.array(actorSchema),
    donors: z.array(actorSchema),
    countries: z.array(placeSchema),
    regions: z.array(text),
    placesAsWritten: z.array(text),
    minerals: z.array(text),
    mineralsAsWritten: z.array(text),
    startYear: year.nullable(),
    endYear: year.nullable(),
    status: statusSchema,
    /** When the evidence for `status` dates from: a year (2019) or a date (2020-12-31). */
    statusAsOf: z
      .union([
        year,
        z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
      ])
      .optional(),
    statusNote: text,
    budget: text.optional(),
    areas: z.array(z.number().int()),
    areasBasis: text,
    summary: text,
    notes: text.optional(),
    tags: z.array(text),
    related: z.array(idSchema),
    sources,
    confidence: confidenceSchema,
    iloReportCoverage: text,
  })
  .superRefine((record, context) => {
    // A known status is only as good as the date of its evidence; "unknown" may be undated.
    if (record.status !== 'unknown' && record.statusAsOf === undefined)
      context.addIssue({
        code: 'custom',
        path: ['statusAsOf'],
        message: `expected the date of the evidence for status "${record.status}" (a year such as 2019, or YYYY-MM-DD)`,
      });
  });

export const reportSchema = z.strictObject({
  id: idSchema,
  title: text,
  publisher: text,
  year: year.nullable(),
  date: text.optional(),
  summary: text,
  countries: z.array(placeSchema),
  regions: z.array(text),
  topics: z.array(text),
  minerals: z.array(text),
  notes: text.optional(),
  tags: z.array(text),
  related: z.array(idSchema),
  sources,
  confidence: confidenceSchema,
});

export const lessonSchema = z.strictObject({
  id: idSchema,
  type: z.enum(LESSON_TYPES),
  scope: text,
  statement: text,
  mentions: z.array(idSchema),
  sources,
  confidence: confidenceSchema,
});

/** corpus/manifest.json: when the data was last brought up to date. */
export const manifestSchema = z.strictObject({
  date: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
});

export const areaSchema = z.strictObject({
  number: z.number().int(),
  name: text,
  short: text,
  description: text,
});

export type Place = z.infer<typeof placeSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Intervention = z.infer<typeof interventionSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
