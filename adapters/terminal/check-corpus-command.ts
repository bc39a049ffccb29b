import {
  type CorpusWarning,
  type CorpusWarnings,
  corpusWarnings,
  loadCorpus,
  STALE_AFTER_YEARS,
  shippedCorpusDir,
  type WarnedRecord,
} from '../../src/index.js';

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

/** `assay corpus check [dir]`: every problem in a corpus folder, exit 1 if any; warnings alone pass. */
export function checkCorpusCommand(dir: string | undefined, now: Date): number {
  const folder = dir ?? shippedCorpusDir();
  const loaded = loadCorpus(folder, dir ?? 'corpus');
  if (!loaded.ok) {
    process.stderr.write(
      `${loaded.problems.join('\n')}\n\n${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} in ${folder}\n`,
    );
    return 1;
  }
  const { interventions, reports, lessons, areas } = loaded.counts;
  const lines = [
    `${folder}: valid — ${interventions} interventions, ${reports} reports, ${lessons} lessons, ${areas} areas`,
    ...describeWarnings(corpusWarnings(loaded.corpus, now)),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
