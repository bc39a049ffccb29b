import { type StatWatcher, unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import type { ReloadOutcome } from './reload-outcome.js';

// The running bot follows its corpus folder: a change is read, checked, and
// swapped in whole, or refused with its problems while the old data answers.
// Files are watched by path (stat polling), so a folder an import renamed into
// place is followed too. A change during a reload is read by one more reload
// after it (the core never runs two at once).

const FILES = ['interventions.json', 'reports.json', 'lessons.json', 'areas.json', 'manifest.json'];
const SETTLE_MS = 300;

export function watchCorpus(
  dir: string,
  reload: () => Promise<ReloadOutcome>,
  log: (line: string) => void,
  intervalMs = 1000,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const onChange = () => {
    // Editors and imports touch several files: wait until they are done.
    clearTimeout(timer);
    timer = setTimeout(async () => {
      let outcome: ReloadOutcome;
      try {
        outcome = await reload();
      } catch (error) {
        // A bug, not bad data: the old corpus keeps answering and the next change tries again.
        log(`corpus reload of ${dir} failed: ${error instanceof Error ? error.message : error}`);
        return;
      }
      if (outcome.ok) {
        const { added, changed, removed = [] } = outcome.diff;
        log(
          `corpus reloaded from ${dir}: ${added.length} added, ${changed.length} changed, ${removed.length} removed; ${outcome.records} records, data of ${outcome.date ?? 'no recorded date'}`,
        );
      } else {
        log(`corpus change in ${dir} refused; the previous corpus keeps answering:`);
        for (const problem of outcome.problems) log(`  ${problem}`);
      }
    }, SETTLE_MS);
  };
  const watchers: StatWatcher[] = FILES.map((file) =>
    watchFile(join(dir, file), { interval: intervalMs, persistent: false }, onChange),
  );
  return () => {
    clearTimeout(timer);
    for (const file of FILES) unwatchFile(join(dir, file), onChange);
    watchers.length = 0;
  };
}
