import { DEFAULT_LOCALE, type Translate, translatorFor } from '../i18n/index.js';
import {
  COMMAND_NAMES,
  type CommandName,
  MAX_COMMAND_LENGTH,
  optionKey,
  type ParseResult,
  type Query,
} from '../search/parse-query.js';
import { removeControlCharacters } from '../text/remove-control-characters.js';
import type { CommandSpec } from './command-spec.js';

type OptionValue = string | number | boolean | null | undefined;

/**
 * Builds the same Query the text grammar would, from named options (Discord's
 * subcommand options): the free words sit under the command's words name.
 */
export function queryFromOptions(
  command: string,
  options: Readonly<Record<string, OptionValue>>,
  commands: readonly CommandSpec[],
  t: Translate = translatorFor(DEFAULT_LOCALE),
): ParseResult {
  const name = command.toLowerCase();
  const spec = (COMMAND_NAMES as readonly string[]).includes(name)
    ? commands.find((candidate) => candidate.name === name)
    : undefined;
  if (!spec)
    return { ok: false, message: t('checks:unknown-command', { command }), example: 'help' };
  const query: Query = { command: name as CommandName, words: [], options: {} };
  for (const [key, raw] of Object.entries(options)) {
    if (raw === null || raw === undefined || raw === '') continue;
    const value = removeControlCharacters(String(raw)).trim();
    if (value.length > MAX_COMMAND_LENGTH) {
      return {
        ok: false,
        message: t('checks:option-too-long', {
          key,
          length: value.length,
          max: MAX_COMMAND_LENGTH,
        }),
        example: spec.examples[0] ?? name,
      };
    }
    if (spec.words && key === spec.words.name) {
      query.words = value.split(/\s+/).filter(Boolean);
      continue;
    }
    const known = optionKey(key);
    if (!known)
      return {
        ok: false,
        message: t('checks:unknown-option', { key }),
        example: spec.examples[0] ?? name,
      };
    query.options[known] = value;
  }
  return { ok: true, query };
}
