import type { CorpusRecord } from '../corpus/corpus.js';
import { KIND_LABELS } from '../vocabulary/kinds.js';

// Which text of a record goes under which weight. Names beat places, tags and
// organisations, which beat the summary: a name match should rank first.

export const FIELD_WEIGHT = { name: 3, tag: 2, text: 1 } as const;
export type FieldName = keyof typeof FIELD_WEIGHT;

const MAX_YEARS_INDEXED = 40;

function yearWords(years: CorpusRecord['years']): string[] {
  if (!years) return [];
  const out: string[] = [];
  for (let year = years.from; year <= years.to && out.length < MAX_YEARS_INDEXED; year++)
    out.push(String(year));
  return out;
}

function notesOf(record: CorpusRecord): string[] {
  const source = record.source as { notes?: string; statusNote?: string; publisher?: string };
  return [source.notes ?? '', source.statusNote ?? ''];
}

export function recordFields(record: CorpusRecord): Record<FieldName, string[]> {
  // A lesson's "title" is its scope ("CARING Gold final evaluation"): it names
  // what the lesson is about, so it must not outrank the record it is about.
  const isLesson = record.type === 'lesson';
  return {
    name: isLesson ? [record.id] : [record.title, record.acronym ?? '', record.id],
    tag: [
      isLesson ? record.title : '',
      ...record.countries,
      ...record.places,
      ...record.regions,
      ...record.minerals,
      ...record.mineralsAsWritten,
      ...record.organisationNames,
      ...record.donorNames,
      ...record.topics,
      ...record.tags,
      record.kind ? KIND_LABELS[record.kind].label : '',
      record.type,
      ...yearWords(record.years),
    ],
    text: [record.summary, ...notesOf(record)],
  };
}
