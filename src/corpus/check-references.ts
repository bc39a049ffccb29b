import type { Steps } from '../run-in-slices.js';
import type { CorpusIssue } from './corpus-issue.js';
import type { Indexed } from './read-collection.js';
import type { Area, Intervention, Lesson, Report } from './schema.js';

export const AREA_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

interface Collections {
  interventions: Indexed<Intervention>[];
  reports: Indexed<Report>[];
  lessons: Indexed<Lesson>[];
  areas: Indexed<Area>[];
}

interface Located {
  file: string;
  index: number;
  id: string;
}

/** Rules that span records, a record a step: unique ids, areas 1–9, references that resolve, year order. */
export function* referenceSteps(
  collections: Collections,
  displayDir: string,
  invalidIds: ReadonlySet<string>,
): Steps<CorpusIssue[]> {
  const issues: CorpusIssue[] = [];
  const at = (name: string, index: number, id: string): Located => ({
    file: `${displayDir}/${name}.json`,
    index,
    id,
  });
  const firstSeen = new Map<string, string>();
  const everyRecord = [
    ...collections.interventions.map(({ record, index }) => ({
      record,
      where: at('interventions', index, record.id),
    })),
    ...collections.reports.map(({ record, index }) => ({
      record,
      where: at('reports', index, record.id),
    })),
    ...collections.lessons.map(({ record, index }) => ({
      record,
      where: at('lessons', index, record.id),
    })),
  ];
  for (const { record, where } of everyRecord) {
    const earlier = firstSeen.get(record.id);
    if (earlier)
      issues.push({
        ...where,
        path: ['id'],
        message: `duplicate id ${JSON.stringify(record.id)}, already used by ${earlier}`,
      });
    else firstSeen.set(record.id, `${where.file} [${where.index}]`);
    yield;
  }

  const areaNumbers = new Set<number>();
  collections.areas.forEach(({ record: area, index }) => {
    const where = { file: `${displayDir}/areas.json`, index };
    if (!(AREA_NUMBERS as readonly number[]).includes(area.number)) {
      issues.push({ ...where, path: ['number'], message: `area must be 1–9, got ${area.number}` });
    } else if (areaNumbers.has(area.number)) {
      issues.push({ ...where, path: ['number'], message: `duplicate area number ${area.number}` });
    }
    areaNumbers.add(area.number);
  });

  for (const { record, index } of collections.interventions) {
    const where = at('interventions', index, record.id);
    record.areas.forEach((area, position) => {
      if (!areaNumbers.has(area)) {
        const message = (AREA_NUMBERS as readonly number[]).includes(area)
          ? `area ${area} is not in areas.json`
          : `area must be 1–9, got ${area}`;
        issues.push({ ...where, path: ['areas', position], message });
      }
    });
    if (record.startYear !== null && record.endYear !== null && record.endYear < record.startYear) {
      issues.push({
        ...where,
        path: ['endYear'],
        message: `expected an end year from startYear ${record.startYear}, got ${record.endYear}`,
      });
    }
    yield;
  }

  for (const { record, where } of everyRecord) {
    const field = 'mentions' in record ? 'mentions' : 'related';
    const targets = 'mentions' in record ? record.mentions : record.related;
    targets.forEach((target, position) => {
      if (target === record.id)
        issues.push({
          ...where,
          path: [field, position],
          message: 'a record cannot refer to itself',
        });
      else if (!firstSeen.has(target) && !invalidIds.has(target))
        issues.push({
          ...where,
          path: [field, position],
          message: `expected the id of a record in the corpus, got ${JSON.stringify(target)}`,
        });
    });
    yield;
  }
  return issues;
}
