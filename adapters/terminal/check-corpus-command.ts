import { loadCorpus, shippedCorpusDir } from '../../src/index.js';

/** `assay corpus check [dir]`: every problem in a corpus folder, exit 1 if any. */
export function checkCorpusCommand(dir: string | undefined): number {
  const folder = dir ?? shippedCorpusDir();
  const loaded = loadCorpus(folder, dir ?? 'corpus');
  if (!loaded.ok) {
    process.stderr.write(
      `${loaded.problems.join('\n')}\n\n${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} in ${folder}\n`,
    );
    return 1;
  }
  const { interventions, reports, lessons, areas } = loaded.counts;
  process.stdout.write(
    `${folder}: valid — ${interventions} interventions, ${reports} reports, ${lessons} lessons, ${areas} areas\n`,
  );
  return 0;
}
