import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReloadOutcome } from './reload-outcome.js';

// The running bot follows its corpus folder: a change is read, checked, and
// swapped in whole, or refused with its problems while the old data answers.
// Files are polled by path, so a folder an import renamed into place is
// followed too. The first look is taken before this returns: fs.watchFile takes
// its own asynchronously, so a change made right after start-up could become
// its baseline and never be seen. A change during a reload is read by one more
// reload after it (the core never runs two at once).

const FILES = ['interventions.json', 'reports.json', 'lessons.json', 'areas.json', 'manifest.json'];
const SETTLE_MS = 300;

/** What the folder's files look like now: one line per file, `-` for a missing one. */
function lookAt(dir: string): string {
  return FILES.map((file) => {
    const stat = statSync(join(dir, file), { throwIfNoEntry: false });
    return stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}` : '-';
  }).join('\n');
}

export function watchCorpus(
  dir: string,
  reload: () => Promise<ReloadOutcome>,
  log: (line: string) => void,
  intervalMs = 1000,
): () => void {
  let settle: NodeJS.Timeout | undefined;
  const reloadAndSay = async () => {
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
  };
  let seen = lookAt(dir);
  const poll = setInterval(() => {
    const now = lookAt(dir);
    if (now === seen) return;
    seen = now;
    // Editors and imports touch several files: wait until they are done.
    clearTimeout(settle);
    settle = setTimeout(reloadAndSay, SETTLE_MS);
  }, intervalMs);
  // Like a persistent:false watcher: following the folder never keeps the process alive.
  poll.unref();
  return () => {
    clearInterval(poll);
    clearTimeout(settle);
  };
}
