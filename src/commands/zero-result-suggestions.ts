import type { Suggestion } from '../reply.js';
import { formatQuery, type Query } from '../search/parse-query.js';
import type { SearchOutcome } from '../search/search-index.js';
import type { CommandContext } from './command-spec.js';

const MAX_SUGGESTIONS = 5;

/**
 * Ways out of an empty result, never a dead end: respell a word the corpus does
 * not know, drop a filter or a word that empties the list, or a broad start.
 */
export function zeroResultSuggestions(
  query: Query,
  outcome: SearchOutcome | null,
  count: (changed: Query) => number,
  context: CommandContext,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const offer = (label: string, changed: Query) => {
    const text = formatQuery(changed);
    if (
      suggestions.length < MAX_SUGGESTIONS &&
      !suggestions.some((s) => s.query === text) &&
      count(changed) > 0
    ) {
      suggestions.push({ label, query: text });
    }
  };
  for (const unknown of outcome?.unknownWords ?? []) {
    for (const guess of context.index.didYouMean(unknown, 3)) {
      const words = query.words.map((word) => (word.toLowerCase() === unknown ? guess : word));
      offer(guess, { ...query, words, options: withoutPage(query) });
    }
  }
  for (const key of Object.keys(query.options) as (keyof Query['options'])[]) {
    if (key === 'page' || key === 'by') continue;
    const options = withoutPage(query);
    delete options[key];
    offer(context.t('lists:drop-filter', { key, value: query.options[key] ?? '' }), {
      ...query,
      options,
    });
  }
  if (query.words.length > 1) {
    for (const word of query.words) {
      offer(context.t('lists:drop-word', { word }), {
        ...query,
        words: query.words.filter((other) => other !== word),
        options: withoutPage(query),
      });
    }
  }
  if (suggestions.length === 0) {
    for (const start of ['gold', 'cobalt', 'mica'])
      offer(`search ${start}`, { command: 'search', words: [start], options: {} });
  }
  return suggestions;
}

function withoutPage(query: Query): Query['options'] {
  const { page: _page, ...rest } = query.options;
  return rest;
}
