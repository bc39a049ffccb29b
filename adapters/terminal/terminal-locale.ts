import {
  type Caller,
  LOCALES,
  type Locale,
  localeFromTag,
  TERMINAL_CALLER,
} from '../../src/index.js';

// The terminal's language: `--lang fr` (or `--lang=pt-BR`) on the command line, else the
// shell's (LC_ALL, LC_MESSAGES, LANG, read by src/config.ts), else ASSAY_LOCALE, else English.

export type LangFlag =
  | { ok: true; args: string[]; locale?: Locale }
  | { ok: false; given: string; locales: string };

/** Takes `--lang <tag>` out of the arguments; a language Assay does not speak is an error. */
export function takeLangFlag(argv: readonly string[]): LangFlag {
  const args: string[] = [];
  let given: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--lang') {
      given = argv[index + 1] ?? '';
      index += 1;
    } else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
    else args.push(arg);
  }
  if (given === undefined) return { ok: true, args };
  const locale = localeFromTag(given);
  return locale ? { ok: true, args, locale } : { ok: false, given, locales: LOCALES.join(', ') };
}

/** The person at the terminal, reading `locale`. */
export const terminalCaller = (locale: Locale): Caller => ({ ...TERMINAL_CALLER, locale });
