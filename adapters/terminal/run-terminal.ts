import { createInterface } from 'node:readline';
import {
  type Assay,
  type Caller,
  DEFAULT_LOCALE,
  type Reply,
  translatorFor,
} from '../../src/index.js';
import { renderText } from './render-text.js';
import { writeCharts } from './write-chart.js';
import { type TerminalPlaces, writeDigestFiles } from './write-digest.js';

// The terminal front end: one command from the arguments, lines from a pipe,
// or an interactive prompt with history when stdin is a terminal.

export const EXIT_ANSWERED = 0;
export const EXIT_USAGE = 2;
export const EXIT_UNAVAILABLE = 1;

/** Where the terminal writes files, and who is typing (with their language). */
export interface TerminalSession extends TerminalPlaces {
  caller: Caller;
}

export function exitCodeFor(reply: Reply): number {
  if (reply.kind !== 'problem') return EXIT_ANSWERED;
  if (reply.problem === 'usage') return EXIT_USAGE;
  return reply.problem === 'unavailable' ? EXIT_UNAVAILABLE : EXIT_ANSWERED;
}

export function printReply(reply: Reply, json: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(reply, null, 2)}\n` : renderText(reply));
}

/** Runs one command and returns the exit code; `png` also writes its chart there. */
export async function runOnce(
  assay: Assay,
  text: string,
  json: boolean,
  png: string | undefined,
  places: TerminalSession,
): Promise<number> {
  const reply = await assay.answer(text, places.caller);
  printReply(reply, json);
  writeDigestFiles(reply, places);
  if (png !== undefined && reply.kind !== 'problem' && !writeCharts(reply, png)) return EXIT_USAGE;
  return exitCodeFor(reply);
}

/** A pipe that stays open but silent must not hang the process: wait this long for a first line. */
const FIRST_LINE_WAIT_MS = 500;

function readPipedLines(): Promise<string[]> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const reader = createInterface({ input: process.stdin, terminal: false });
    const finish = () => {
      clearTimeout(silence);
      reader.close();
      process.stdin.destroy();
      resolve(lines);
    };
    const silence = setTimeout(finish, FIRST_LINE_WAIT_MS);
    reader.on('line', (line) => {
      clearTimeout(silence);
      if (line.trim() !== '') lines.push(line);
    });
    reader.on('close', finish);
  });
}

/** Reads commands from a pipe, one a line; an empty or silent pipe gets the help reply. */
export async function runPiped(
  assay: Assay,
  json: boolean,
  places: TerminalSession,
): Promise<number> {
  const lines = await readPipedLines();
  if (lines.length === 0) return runOnce(assay, 'help', json, undefined, places);
  let code = EXIT_ANSWERED;
  for (const line of lines)
    code = Math.max(code, await runOnce(assay, line, json, undefined, places));
  return code;
}

const QUIT = new Set(['quit', 'exit', ':q', 'bye']);

export async function runPrompt(assay: Assay, places: TerminalSession): Promise<number> {
  const t = translatorFor(places.caller.locale ?? DEFAULT_LOCALE);
  printReply(assay.run('help', places.caller), false);
  process.stdout.write(`\n${t('terminal:prompt')}\n`);
  const prompt = createInterface({
    input: process.stdin,
    output: process.stdout,
    historySize: 200,
    prompt: 'assay> ',
  });
  prompt.prompt();
  for await (const line of prompt) {
    const text = line.trim();
    if (QUIT.has(text.toLowerCase())) break;
    if (text !== '') {
      const reply = await assay.answer(text, places.caller);
      printReply(reply, false);
      writeDigestFiles(reply, places);
      process.stdout.write('\n');
    }
    prompt.prompt();
  }
  prompt.close();
  return EXIT_ANSWERED;
}
