import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The corpus/ folder of this package, found from this file's place whether it
 * runs from src/ (tests) or dist/src/ (the built bin), never from the cwd.
 */
export function shippedCorpusDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    if (
      existsSync(join(dir, 'package.json')) &&
      existsSync(join(dir, 'corpus', 'interventions.json'))
    ) {
      return join(dir, 'corpus');
    }
    dir = dirname(dir);
  }
  throw new Error('The shipped corpus folder was not found next to package.json.');
}
