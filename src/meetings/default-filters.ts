import { z } from 'zod';
import type { CommandSpec } from '../commands/command-spec.js';
import type { OptionKey, Query } from '../search/parse-query.js';
import type { Filters } from '../store/store.js';

/**
 * The query with the meeting's default filters added where the command takes them and the
 * participant did not type their own (a typed country: beats the meeting's country:).
 */
export function withDefaults(
  query: Query,
  spec: CommandSpec | undefined,
  defaults: Filters,
): Query {
  if (!spec || spec.facilitatorOnly || !(spec.options instanceof z.ZodObject)) return query;
  const accepted = spec.options.shape as Record<string, unknown>;
  const options = { ...query.options };
  for (const [key, value] of Object.entries(defaults)) {
    if (Object.hasOwn(accepted, key) && options[key as OptionKey] === undefined) {
      options[key as OptionKey] = value;
    }
  }
  return { ...query, options };
}
