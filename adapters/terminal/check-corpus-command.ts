import { corpusWarnings, describeWarnings, loadCorpus, shippedCorpusDir } from '../../src/index.js';

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
