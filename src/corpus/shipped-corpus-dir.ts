import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder shipped with this package (corpus/, fonts/), found from this file's
 * place whether it runs from src/ (tests) or dist/src/ (the built bin), never
 * from the cwd. `marker` is a file the folder must hold.
 */
export function shippedDir(folder: string, marker: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, folder, marker))) {
      return join(dir, folder);
    }
    dir = dirname(dir);
  }
  throw new Error(`The shipped ${folder} folder was not found next to package.json.`);
}

/** The corpus/ folder of this package. */
export function shippedCorpusDir(): string {
  return shippedDir('corpus', 'interventions.json');
}
