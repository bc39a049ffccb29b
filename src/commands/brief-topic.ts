import type { CorpusRecord } from '../corpus/corpus.js';
import type { Query } from '../search/parse-query.js';
import { resolveFilters } from '../search/resolve-filters.js';
import { VALUE_TABLES } from '../vocabulary/value-tables.js';
import type { FilterOptions } from './command-options.js';
import type { CommandContext } from './command-spec.js';
import { type Found, findRecords, newestFirst } from './find-records.js';
import { lessonRecords } from './related-records.js';

// A brief whose whole topic names a country, region, mineral or organisation is
// a profile of that value: every record the filter selects counts, and the
// search ranking only orders them. Other words are a search, as before.

/** The tables a topic may name, in the order a clash is settled (a place before an org). */
const TOPIC_KEYS = ['country', 'region', 'mineral', 'org'] as const;
export type TopicKey = (typeof TOPIC_KEYS)[number];

/** The filter the whole topic names ("ilo" → org ILO), unless that filter is already typed. */
export function topicFilter(
  words: readonly string[],
  options: FilterOptions,
): { key: TopicKey; name: string } | undefined {
  const phrase = words.join(' ');
  if (phrase === '') return undefined;
  for (const key of TOPIC_KEYS) {
    const entry = VALUE_TABLES[key].find(phrase);
    if (entry) return options[key] === undefined ? { key, name: entry.name } : undefined;
  }
  return undefined;
}

export type TopicFound = Extract<Found, { ok: true }> & { named?: TopicKey };

/**
 * The topic's records, best first: for a named topic, the filter's records in
 * the search ranking's order (records the words miss follow, newest first);
 * lessons drawn from those records count too (lessons name no organisation).
 */
export function topicRecords(
  words: readonly string[],
  options: FilterOptions,
  query: Query,
  context: CommandContext,
): TopicFound | Extract<Found, { ok: false }> {
  const named = topicFilter(words, options);
  if (!named) return findRecords(words, options, query, context);
  const filtered = { ...options, [named.key]: named.name };
  const ranked = findRecords(words, filtered, query, context);
  if (!ranked.ok) return ranked;
  const records = [...ranked.records];
  const seen = new Set(records);
  // The filter's records the words miss, newest first (the ranked ones are not sorted again).
  const filters = resolveFilters(filtered, context.corpus, context.locale);
  if (filters.ok) {
    const missed = context.corpus.records.filter(
      (record) => !seen.has(record) && filters.predicate(record),
    );
    for (const record of missed.sort(newestFirst)) seen.add(record);
    records.push(...missed);
  }
  const ids = new Set(records.filter((one) => one.type !== 'lesson').map((one) => one.id));
  // Lessons drawn from the topic's records, in the order the words rank them.
  const drawn = lessonRecords(context.corpus).filter(
    (record) => !seen.has(record) && record.related.some((id) => ids.has(id)),
  );
  records.push(...byWordRank(drawn, words, context));
  return { ...ranked, records, named: named.key };
}

/** Records in the order the words rank them (those the words miss last, as they came). */
function byWordRank(
  records: CorpusRecord[],
  words: readonly string[],
  context: CommandContext,
): CorpusRecord[] {
  if (records.length < 2) return records;
  const rank = new Map(context.index.search([...words]).hits.map((hit, at) => [hit.record, at]));
  const at = (record: CorpusRecord) => rank.get(record) ?? Number.MAX_SAFE_INTEGER;
  return records.sort((a, b) => at(a) - at(b));
}
