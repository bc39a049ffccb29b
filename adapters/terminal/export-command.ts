import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { exportFiles, loadCorpus, RECORD_TYPES, shippedCorpusDir } from '../../src/index.js';
import { splitArgs } from './corpus-command.js';

// `assay corpus export <folder> [--format csv|json] [--type t]`: the corpus being
// served (ASSAY_CORPUS, else the shipped one) as files to open or edit.

const exportOptions = z.strictObject({
  folder: z.string({ error: 'Name the folder to export to' }),
  format: z.enum(['csv', 'json'], { error: '--format must be csv or json' }).default('csv'),
  type: z
    .enum(RECORD_TYPES, { error: `--type must be one of ${RECORD_TYPES.join(', ')}` })
    .optional(),
});

export function exportCommand(args: readonly string[], corpusDir: string | undefined): number {
  const { words, flags } = splitArgs(args);
  const parsed = exportOptions.safeParse({
    folder: words[0],
    format: flags.get('format'),
    type: flags.get('type'),
  });
  if (!parsed.success || words.length > 1) {
    const message = parsed.success
      ? `Unexpected: ${args.join(' ')}`
      : (parsed.error.issues[0]?.message ?? '');
    process.stderr.write(
      `${message}.\nExample: assay corpus export out --format csv --type intervention\n`,
    );
    return 2;
  }
  const { folder, format, type } = parsed.data;
  const loaded = loadCorpus(corpusDir ?? shippedCorpusDir(), corpusDir ?? 'corpus');
  if (!loaded.ok) {
    process.stderr.write(`${loaded.problems.join('\n')}\n`);
    return 1;
  }
  const files = exportFiles(loaded.corpus, format, type ? [type] : RECORD_TYPES);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(folder, name), text);
  process.stdout.write(`Wrote ${[...files.keys()].map((name) => join(folder, name)).join(', ')}\n`);
  return 0;
}
