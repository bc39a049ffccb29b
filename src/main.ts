#!/usr/bin/env node
import { checkCorpusCommand } from '../adapters/terminal/check-corpus-command.js';
import { importCommand } from '../adapters/terminal/corpus-command.js';
import { exportCommand } from '../adapters/terminal/export-command.js';
import { runOnce, runPiped, runPrompt } from '../adapters/terminal/run-terminal.js';
import { takeLangFlag, terminalCaller } from '../adapters/terminal/terminal-locale.js';
import { readConfig } from './config.js';
import {
  CorpusError,
  openAssay,
  openStore,
  StoreOpenError,
  translatorFor,
  watchCorpus,
} from './index.js';
import { loadEnvFile } from './load-env-file.js';

// Starts what the environment asks for: Slack and/or Discord when their
// credentials are set, else the terminal. Arguments always mean the terminal.

const USAGE = `Usage:
  assay                      interactive prompt (or Slack/Discord when configured in .env)
  assay <command>            run one command, e.g. assay search mercury ghana
  assay --json <command>     print the reply as JSON
  assay --lang fr <command>  answer in French (en, fr, es, pt; default: LC_ALL/LC_MESSAGES/LANG)
  assay --png <file> <command>
                             also write the reply's chart as a PNG picture (stats, brief, compare)
  assay corpus check [dir]   validate a corpus folder (default: the shipped corpus)
  assay corpus import <file.csv> [dir]
                             add a spreadsheet of projects to a corpus folder (default: my-corpus,
                             made from the shipped corpus); a row with an existing id replaces it;
                             --type intervention|report|lesson, --dry-run shows what would change
  assay corpus export <folder> [--format csv|json] [--type intervention|report|lesson]
                             write the corpus being served as CSV (the columns import reads) or JSON
  assay --help               this text; "assay help" lists the bot's commands`;

async function main(argv0: string[]): Promise<number> {
  const envFile = await loadEnvFile();
  const configured = envFile.ok ? readConfig() : envFile;
  if (!configured.ok) {
    process.stderr.write(`${configured.report}\nSee .env.example for every key.\n`);
    return 1;
  }
  for (const warning of configured.warnings) process.stderr.write(`Assay: ${warning}\n`);
  const { config } = configured;
  const lang = takeLangFlag(argv0);
  const locale = (lang.ok && lang.locale) || config.shellLocale || config.defaultLocale;
  const t = translatorFor(locale);
  if (!lang.ok) {
    const values = { given: lang.given, locales: lang.locales, example: 'assay --lang fr help' };
    process.stderr.write(`${t('terminal:lang-unknown', values)}\n`);
    return 2;
  }
  const argv = lang.args;
  const json = argv.includes('--json');
  const pngAt = argv.indexOf('--png');
  const png = pngAt >= 0 ? argv[pngAt + 1] : undefined;
  if (pngAt >= 0 && (!png || png.startsWith('-'))) {
    const example = 'assay --png chart.png stats by:mineral';
    process.stderr.write(`${t('terminal:png-needs-file', { example })}\n`);
    return 2;
  }
  const args = argv.filter(
    (arg, index) => arg !== '--json' && (index < pngAt || index > pngAt + 1 || pngAt < 0),
  );
  if (args[0] === '--help' || args[0] === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args[0] === 'corpus' && args[1] === 'check') {
    return checkCorpusCommand(args[2] ?? config.corpusDir, new Date());
  }
  if (args[0] === 'corpus' && args[1] === 'import')
    return importCommand(args.slice(2), new Date().toISOString().slice(0, 10));
  if (args[0] === 'corpus' && args[1] === 'export')
    return exportCommand(args.slice(2), config.corpusDir);

  const store = await openStore(config.store);
  const assay = openAssay(config.corpusDir, { store });
  if ((config.slack || config.discord) && args.length === 0) {
    // A folder of one's own is followed while the bot runs (the shipped one changes only by release).
    if (config.corpusDir)
      watchCorpus(config.corpusDir, assay.reload, (line) =>
        process.stderr.write(`Assay: ${line}\n`),
      );
    // The adapters' supervisor owns the process from here: guard, signals, exit code.
    const { runPlatforms } = await import('../adapters/run-platforms.js');
    await runPlatforms(assay, config, { afterStop: () => store.close() });
    return -1; // keep running
  }
  const terminal = { dataDir: config.store.dataDir, caller: terminalCaller(locale) };
  try {
    if (args.length > 0) return await runOnce(assay, args.join(' '), json, png, terminal);
    return process.stdin.isTTY && !json
      ? await runPrompt(assay, terminal)
      : await runPiped(assay, json, terminal);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof StoreOpenError) {
      process.stderr.write(
        `${error.message}\nSet ASSAY_DATA_DIR to a folder Assay may write, or DATABASE_URL to a Postgres.\n`,
      );
    } else if (error instanceof CorpusError) {
      process.stderr.write(`${error.message}\nRun "assay corpus check" for details.\n`);
    } else {
      process.stderr.write(
        `Assay stopped: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
