import type { CommandContext, CompletionSource } from '../commands/command-spec.js';
import { shorten } from '../commands/record-item.js';
import type { CorpusRecord } from '../corpus/corpus.js';
import { closestWords } from '../text/closest-words.js';
import { foldText, foldWords } from '../text/fold-text.js';
import { MINERALS } from '../vocabulary/minerals.js';
import type { NamedTable } from '../vocabulary/named-table.js';
import { COUNTRIES } from '../vocabulary/places.js';
import { COMMAND_NAMES } from './parse-query.js';

/** A value offered while the user types: `name` is shown, `value` is sent. */
export interface Choice {
  name: string;
  value: string;
}

export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

const choice = (name: string, value: string): Choice => ({
  name: shorten(name, MAX_CHOICE_LENGTH),
  value: shorten(value, MAX_CHOICE_LENGTH),
});

export function completeValue(
  source: CompletionSource,
  partial: string,
  context: CommandContext,
): Choice[] {
  const typed = partial.trim().slice(0, MAX_CHOICE_LENGTH);
  switch (source) {
    case 'query':
    case 'topic':
      return completeQuery(typed, context);
    case 'id':
      return completeId(typed, context);
    case 'country':
      return completeNamed(typed, COUNTRIES, context.corpus.records, (record) => record.countries);
    case 'mineral':
      return completeNamed(typed, MINERALS, context.corpus.records, (record) => record.minerals);
    case 'command':
      return COMMAND_NAMES.filter((name) => name.startsWith(typed.toLowerCase())).map((name) =>
        choice(name, name),
      );
  }
}

/** The words as typed first, then the records a search for them ranks highest. */
function completeQuery(typed: string, context: CommandContext): Choice[] {
  if (typed === '') {
    return topValues(context.corpus.records, (record) => record.minerals)
      .slice(0, MAX_CHOICES)
      .map(({ value, count }) => choice(`${value} (${count})`, value));
  }
  const hits = context.index.search(foldWords(typed), {
    prefixLast: true,
    limit: MAX_CHOICES,
  }).hits;
  const choices = [choice(typed, typed)];
  for (const hit of hits) {
    if (choices.length >= MAX_CHOICES) break;
    const { title, acronym } = hit.record;
    const name = acronym && !title.includes(acronym) ? `${acronym} — ${title}` : title;
    choices.push(choice(name, acronym ?? title));
  }
  return dedupe(choices);
}

function completeId(typed: string, context: CommandContext): Choice[] {
  const folded = foldText(typed).replace(/ /g, '-');
  const label = (record: CorpusRecord) => choice(`${record.id} — ${record.title}`, record.id);
  const byPrefix =
    folded === '' ? [] : context.corpus.records.filter((record) => record.id.startsWith(folded));
  const hits =
    typed === ''
      ? context.corpus.records.slice(0, MAX_CHOICES)
      : context.index
          .search(foldWords(typed), { prefixLast: true, limit: MAX_CHOICES })
          .hits.map((hit) => hit.record);
  return dedupe([...byPrefix, ...hits].slice(0, MAX_CHOICES * 2).map(label)).slice(0, MAX_CHOICES);
}

function topValues(
  records: readonly CorpusRecord[],
  pick: (record: CorpusRecord) => readonly string[],
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const value of pick(record)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Values the corpus holds, matched on name or alias: prefix matches first, then typos; more records first. */
function completeNamed(
  typed: string,
  table: NamedTable,
  records: readonly CorpusRecord[],
  pick: (record: CorpusRecord) => readonly string[],
): Choice[] {
  const folded = foldText(typed);
  const values = topValues(records, pick);
  const spellings = (value: string) => [value, ...(table.find(value)?.aliases ?? [])].map(foldText);
  const rank = (value: string): number => {
    if (folded === '') return 0;
    const names = spellings(value);
    if (names.some((name) => name.startsWith(folded))) return 0;
    if (names.some((name) => name.includes(` ${folded}`))) return 1;
    return closestWords(folded, names, 1).length > 0 ? 2 : 3;
  };
  return values
    .map((entry) => ({ ...entry, rank: rank(entry.value) }))
    .filter((entry) => entry.rank < 3)
    .sort((a, b) => a.rank - b.rank || b.count - a.count)
    .slice(0, MAX_CHOICES)
    .map(({ value, count }) => choice(`${value} (${count})`, value));
}

function dedupe(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices.filter((entry) => !seen.has(entry.value) && seen.add(entry.value));
}
