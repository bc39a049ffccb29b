import type { z } from 'zod';
import {
  DEFAULT_LOCALE,
  type MessageKey,
  type MessageValues,
  type Translate,
  translatorFor,
} from '../i18n/index.js';

// Option schemas run before anyone's language is known, so a schema's complaint carries its
// catalog key and values; check-query words it for the asker. `message` keeps the English
// for everything else that reads zod issues (logs, resolve-filters, tests).

interface Worded {
  key: MessageKey;
  values: MessageValues;
}

/** A custom zod issue worded from the catalog. */
export function optionIssue(key: MessageKey, values: MessageValues = {}) {
  const params: Worded = { key, values };
  return {
    code: 'custom' as const,
    message: translatorFor(DEFAULT_LOCALE)(key, values),
    params,
  };
}

/** The issue in the asker's language; its own message when it was not worded from the catalog. */
export function wordIssue(issue: z.core.$ZodIssue, t: Translate): string {
  const worded =
    issue.code === 'custom' ? (issue.params as Partial<Worded> | undefined) : undefined;
  return worded?.key ? t(worded.key, worded.values) : issue.message;
}
