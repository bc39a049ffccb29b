import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_LOCALE, type Reply, translatorFor } from '../../src/index.js';

// The terminal's digest files: written to <ASSAY_DATA_DIR>/digests, the paths said on stderr
// so stdout stays the reading list (or the JSON).

export interface TerminalPlaces {
  /** ASSAY_DATA_DIR (default ./data); digests go in its digests/ folder. */
  dataDir: string;
}

export function digestFolder(places: TerminalPlaces): string {
  return resolve(join(places.dataDir, 'digests'));
}

/** Writes a digest's files; returns the paths written (none for other replies). */
export function writeDigestFiles(reply: Reply, places: TerminalPlaces): string[] {
  if (reply.kind !== 'digest' || reply.files.length === 0) return [];
  const folder = digestFolder(places);
  const t = translatorFor(reply.locale ?? DEFAULT_LOCALE);
  mkdirSync(folder, { recursive: true });
  return reply.files.map((file) => {
    const path = join(folder, file.name);
    writeFileSync(path, file.content);
    process.stderr.write(`${t('terminal:digest-written', { path })}\n`);
    return path;
  });
}
