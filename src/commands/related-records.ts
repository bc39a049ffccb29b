import type { Corpus, CorpusRecord } from '../corpus/corpus.js';

const MAX_RELATED = 5;

const shared = <T>(a: readonly T[], b: readonly T[]) =>
  a.filter((value) => b.includes(value)).length;

/**
 * Records linked in the data first (either direction), then those sharing the
 * most minerals, countries and areas.
 */
export function relatedRecords(record: CorpusRecord, corpus: Corpus): CorpusRecord[] {
  const linked = new Set(record.related);
  for (const other of corpus.records) {
    if (other.type !== 'lesson' && other.related.includes(record.id)) linked.add(other.id);
  }
  const related = [...linked]
    .flatMap((id) => corpus.byId.get(id) ?? [])
    .filter((other) => other.type !== 'lesson');
  if (related.length >= MAX_RELATED) return related.slice(0, MAX_RELATED);

  const scored = corpus.records
    .filter((other) => other.type !== 'lesson' && other.id !== record.id && !linked.has(other.id))
    .map((other) => ({
      other,
      score:
        2 *
          shared(
            record.minerals.filter((m) => m !== 'all minerals'),
            other.minerals,
          ) +
        2 * shared(record.countries, other.countries) +
        shared(record.areas, other.areas),
    }))
    .filter(({ score }) => score >= 3)
    .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title));
  return [...related, ...scored.map(({ other }) => other)].slice(0, MAX_RELATED);
}

/** The corpus's lessons as records, in corpus order, without a pass over every record. */
export function lessonRecords(corpus: Corpus): CorpusRecord[] {
  return corpus.lessons.flatMap((lesson) => {
    const record = corpus.byId.get(lesson.id);
    return record?.type === 'lesson' ? [record] : [];
  });
}

/** Lessons that name the record, or that it names. */
export function lessonsAbout(record: CorpusRecord, corpus: Corpus): CorpusRecord[] {
  return lessonRecords(corpus).filter(
    (other) => other.related.includes(record.id) || record.related.includes(other.id),
  );
}
