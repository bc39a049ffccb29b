import type { CorpusWarning, CorpusWarnings, WarnedRecord } from './corpus-warnings.js';
import { STALE_AFTER_YEARS } from './status-reading.js';

// The wording of `corpus check`'s warnings, kept in the core with the rest of Assay's wording.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const where = (record: WarnedRecord) => `${record.type}s.json (${record.id})`;

function warningLine(warning: CorpusWarning): string {
  switch (warning.kind) {
    case 'stale-status':
      return `warning: ${where(warning.record)}: ${warning.reading}, evidence more than ${STALE_AFTER_YEARS} years old; check its sources and update status and statusAsOf`;
    case 'only-copies':
      return `warning: ${where(warning.record)}: cites only copies on document mirrors (${warning.mirrors.join(', ')}); add the publisher's page`;
    case 'shared-sources':
      return `warning: ${warning.records.map(where).join(', ')}: the same sources word for word; cite what is specific to each`;
  }
}

/** The warnings, then the count of records still without a publisher link. */
export function describeWarnings(found: CorpusWarnings): string[] {
  const counts = `${plural(found.leadWithCopy, 'record leads', 'records lead')} with a copy; ${found.onlyCopies} ${found.onlyCopies === 1 ? 'cites' : 'cite'} only copies`;
  const total = found.warnings.length;
  const summary =
    total === 0 ? [] : [`${plural(total, 'warning', 'warnings')} (they do not fail the check)`];
  return [...found.warnings.map(warningLine), ...summary, counts];
}
