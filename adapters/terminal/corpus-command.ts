import { rmSync } from 'node:fs';
import { z } from 'zod';
import {
  describeDiff,
  importRecords,
  RECORD_TYPES,
  scratchFolderFor,
  shippedCorpusDir,
} from '../../src/index.js';

// `assay corpus import <file.csv> [dir] [--type t] [--dry-run]`; export lives in export-command.ts.

export const DEFAULT_IMPORT_DIR = 'my-corpus';

const importOptions = z.strictObject({
  file: z.string({ error: 'Name the spreadsheet to import' }),
  dir: z.string().default(DEFAULT_IMPORT_DIR),
  type: z
    .enum(RECORD_TYPES, { error: `--type must be one of ${RECORD_TYPES.join(', ')}` })
    .default('intervention'),
  dryRun: z.boolean().default(false),
});

const IMPORT_HELP =
  'Example: assay corpus import projects.csv my-corpus [--type intervention|report|lesson] [--dry-run]\n' +
  'Templates with every column and one example row: corpus/templates/.\n';

/** Splits `a b --type x --dry-run` into words and flags. */
export function splitArgs(args: readonly string[]): {
  words: string[];
  flags: Map<string, string | true>;
} {
  const words: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) words.push(arg);
    else if (arg === '--dry-run') flags.set('dry-run', true);
    else flags.set(arg.slice(2), args[++i] ?? '');
  }
  return { words, flags };
}

/** The scratch folder goes whatever ends the process: an error, Ctrl-C, a SIGTERM. */
function cleanOnExit(target: string): void {
  const scratch = scratchFolderFor(target);
  const clean = () => rmSync(scratch, { recursive: true, force: true });
  process.once('exit', clean);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.once(signal, () => {
      clean();
      process.exit(code);
    });
}

export function importCommand(args: readonly string[], today: string): number {
  const { words, flags } = splitArgs(args);
  const parsed = importOptions.safeParse({
    file: words[0],
    dir: words[1],
    type: flags.get('type'),
    dryRun: flags.has('dry-run'),
  });
  if (
    !parsed.success ||
    words.length > 2 ||
    [...flags.keys()].some((key) => key !== 'type' && key !== 'dry-run')
  ) {
    const message = parsed.success
      ? `Unexpected: ${args.join(' ')}`
      : (parsed.error.issues[0]?.message ?? '');
    process.stderr.write(`${message}.\n${IMPORT_HELP}`);
    return 2;
  }
  const { file, dir, type, dryRun } = parsed.data;
  cleanOnExit(dir);
  const result = importRecords({
    csvPath: file,
    type,
    target: dir,
    baseDir: shippedCorpusDir(),
    dryRun,
    today,
  });
  if (!result.ok) {
    process.stderr.write(
      `${result.problems.join('\n')}\n\nNothing was written. Fix the rows above and import again.\n`,
    );
    return 1;
  }
  const lines = describeDiff(result.diff, type, dryRun);
  if (result.recovered.length > 0)
    lines.unshift(`Cleaned what an interrupted import left: ${result.recovered.join(', ')}.`);
  if (result.ignoredColumns.length > 0)
    lines.push(`Columns not used: ${result.ignoredColumns.join(', ')}.`);
  if (dryRun) lines.unshift(`Dry run: nothing written to ${dir}.`);
  else if (result.written)
    lines.push(
      `${result.created ? 'Created' : 'Updated'} ${dir}: ${result.total} ${type}s in all.`,
      `Serve it with: ASSAY_CORPUS=${dir} npm start`,
    );
  else lines.push(`Nothing to change in ${dir}.`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
