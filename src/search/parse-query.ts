import { DEFAULT_LOCALE, type Translate, translatorFor } from '../i18n/index.js';
import { closestWords } from '../text/closest-words.js';
import { foldText } from '../text/fold-text.js';
import { removeControlCharacters } from '../text/remove-control-characters.js';
import { commandOfWord, FOREIGN_KEY_WORDS, keyOfWord } from './foreign-grammar.js';
import { KEY_VALUE, readOptionValue } from './read-option-value.js';

// The one grammar for Slack text, the terminal and (via options) Discord:
//   [command] word word key:value key:"two words"
// Bare words mean search. Values are checked later, by each command's schema.

export const COMMAND_NAMES = [
  'search',
  'show',
  'stats',
  'brief',
  'lessons',
  'areas',
  'compare',
  'help',
  'meeting',
  'digest',
  'gaps',
  'reload',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const FILTER_KEYS = [
  'mineral',
  'country',
  'region',
  'area',
  'type',
  'status',
  'kind',
  'org',
  'donor',
  'year',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const OPTION_KEYS = [...FILTER_KEYS, 'by', 'page', 'for', 'title'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];

export const MAX_COMMAND_LENGTH = 500;
export const MAX_WORDS = 24;

export interface Query {
  command: CommandName;
  words: string[];
  options: Partial<Record<OptionKey, string>>;
}

export type ParseResult =
  | { ok: true; query: Query }
  | { ok: false; message: string; example: string };

const KEY_ALIASES: Record<string, OptionKey> = {
  minerals: 'mineral',
  countries: 'country',
  regions: 'region',
  areas: 'area',
  types: 'type',
  kinds: 'kind',
  organisation: 'org',
  organization: 'org',
  orgs: 'org',
  donors: 'donor',
  funder: 'donor',
  years: 'year',
};

const isCommandName = (word: string): word is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(word);

const isOptionKey = (key: string | undefined): key is OptionKey =>
  (OPTION_KEYS as readonly string[]).includes(key ?? '');

/** The option a key names: English, an alias, or the key in French, Spanish or Portuguese (`pays`). */
export function optionKey(key: string): OptionKey | undefined {
  const lower = key.toLowerCase();
  if (isOptionKey(lower)) return lower;
  if (Object.hasOwn(KEY_ALIASES, lower)) return KEY_ALIASES[lower];
  const foreign = keyOfWord(lower);
  return isOptionKey(foreign) ? foreign : undefined;
}

/** The command a first word names, in English or another language (`aide`, `buscar`). */
function commandOf(word: string | undefined, wordsFollow: boolean): CommandName | undefined {
  const lower = word?.toLowerCase() ?? '';
  if (isCommandName(lower)) return lower;
  const foreign = commandOfWord(lower, wordsFollow);
  return foreign && isCommandName(foreign) ? foreign : undefined;
}

/** Splits on spaces, keeping "quoted phrases" (straight or curly quotes) together. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /(\S*?)["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[3] !== undefined) tokens.push(match[3]);
    else tokens.push(`${match[1] ?? ''}${match[2] ?? ''}`);
  }
  return tokens.filter((token) => token !== '');
}

const EXAMPLE = 'mercury ghana mineral:gold';

const ENGLISH = translatorFor(DEFAULT_LOCALE);

/** The key a mistyped one was meant to be, as its language writes it ("pays", "mineral"). */
function closestKey(key: string): string | undefined {
  const candidates = [...OPTION_KEYS, ...Object.keys(KEY_ALIASES), ...FOREIGN_KEY_WORDS];
  return closestWords(foldText(key), candidates, 1)[0];
}

function unknownKey(key: string, t: Translate): string {
  const keys = FILTER_KEYS.join(', ');
  const guess = closestKey(key);
  return guess
    ? t('filters:unknown-key-guess', { key, guess, keys })
    : t('filters:unknown-key', { key, keys });
}

/** Reads a command; `t` words what is wrong in the asker's language. */
export function parseQuery(input: string, t: Translate = ENGLISH): ParseResult {
  const text = removeControlCharacters(input).trim();
  if (text.length > MAX_COMMAND_LENGTH) {
    return {
      ok: false,
      message: t('filters:too-long', { length: text.length, max: MAX_COMMAND_LENGTH }),
      example: EXAMPLE,
    };
  }
  const tokens = tokenize(text);
  const named = commandOf(tokens[0], tokens.length > 1);
  const command: CommandName = named ?? 'search';
  if (named) tokens.shift();

  const words: string[] = [];
  const options: Query['options'] = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const pair = KEY_VALUE.exec(token);
    if (!pair || /^https?$/i.test(pair[1] ?? '')) {
      words.push(token);
      continue;
    }
    const key = optionKey(pair[1] ?? '');
    // A word ending a clause ("niñas en la minería: ghana…") is a word, not a filter.
    if (!key && pair[2] === '') {
      words.push(pair[1] ?? '');
      continue;
    }
    if (!key) {
      return {
        ok: false,
        message: unknownKey(pair[1] ?? '', t),
        example: EXAMPLE,
      };
    }
    // "mineral: gold" (a space after the colon) is read as mineral:gold.
    let value = pair[2] ?? '';
    if (value === '' && i + 1 < tokens.length) value = tokens[++i] ?? '';
    if (value.trim() === '') {
      return {
        ok: false,
        message: t('filters:needs-value', { key }),
        example: `search ${key}:${exampleValue(key)}`,
      };
    }
    // A value of several words needs no quotes when the words form a known name
    // ("country:sierra leone", or a shell's `region:West Africa`).
    const read = readOptionValue(key, value.trim(), tokens, i + 1);
    value = read.value;
    i += read.taken;
    // A repeated key adds a value: mineral:gold mineral:cobalt means either.
    const before = options[key];
    options[key] = before === undefined ? value.trim() : `${before},${value.trim()}`;
  }
  if (words.length > MAX_WORDS) {
    return {
      ok: false,
      message: t('filters:too-many-words', { words: words.length, max: MAX_WORDS }),
      example: EXAMPLE,
    };
  }
  return { ok: true, query: { command, words, options } };
}

export function exampleValue(key: OptionKey): string {
  const examples: Record<OptionKey, string> = {
    mineral: 'gold',
    country: 'ghana',
    region: 'africa',
    area: '3',
    type: 'report',
    status: 'ongoing',
    kind: 'standard',
    org: 'ilo',
    donor: 'usdol',
    year: '2015-2020',
    by: 'mineral',
    page: '2',
    for: '90m',
    title: '"Mercury in Ghana"',
  };
  return examples[key];
}

/** The canonical text of a query, used for attribution, paging and share buttons. */
export function formatQuery(query: Query): string {
  const quote = (value: string) => (/\s/.test(value) ? `"${value.replace(/"/g, '')}"` : value);
  const parts: string[] = [query.command, ...query.words.map(quote)];
  for (const key of OPTION_KEYS) {
    const value = query.options[key];
    if (value !== undefined) parts.push(`${key}:${quote(value)}`);
  }
  return parts.join(' ');
}
