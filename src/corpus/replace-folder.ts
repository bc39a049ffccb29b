import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// A corpus folder is replaced whole: the new folder is written beside it and
// renamed into place, so a reader (or a kill) never meets a half-written one.

const SCRATCH = '.assay-import-';
const OLD = '.assay-old-';

/** Where an import writes the new folder before renaming it into place. */
export function scratchFolderFor(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}${SCRATCH}${pid}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans what an interrupted import left beside `target`: scratch folders of
 * processes that are gone, and a replaced folder that was never put back.
 */
export function cleanLeftovers(target: string): string[] {
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const cleaned: string[] = [];
  const prefix = `.${basename(target)}`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const kind = rest.startsWith(SCRATCH) ? SCRATCH : rest.startsWith(OLD) ? OLD : null;
    const pid = Number(rest.slice(kind?.length ?? 0));
    if (!kind || !Number.isInteger(pid) || (pid !== process.pid && alive(pid))) continue;
    const path = join(parent, name);
    if (kind === OLD && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
    cleaned.push(name);
  }
  return cleaned;
}

/** Writes the whole new folder beside `target`; returns where, for checking before the swap. */
export function writeScratch(target: string, files: ReadonlyMap<string, string>): string {
  const scratch = scratchFolderFor(target);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(scratch, name), text);
  return scratch;
}

/** Puts the checked scratch folder in place of `target` (two renames, no copying). */
export function swapIn(target: string, scratch: string): void {
  const old = join(dirname(target), `.${basename(target)}${OLD}${process.pid}`);
  const had = existsSync(target);
  if (had) renameSync(target, old);
  renameSync(scratch, target);
  if (had) rmSync(old, { recursive: true, force: true });
}
