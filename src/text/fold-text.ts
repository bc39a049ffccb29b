// Case- and accent-folding shared by the index, the filters and the parser, so
// that "Côte d'Ivoire", "cote d ivoire" and "COTE D'IVOIRE" compare equal.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`´']/g;
const NON_WORD = /[^a-z0-9]+/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: a plain-ASCII test
const ASCII = /^[\u0000-\u007f]*$/;

/** Decomposed, marks and apostrophes dropped, lower case: folding before non-word runs become spaces. */
function stripText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '');
}

/** Below this code point every character is Latin; each strips on its own (see latinStripped). */
const LATIN_END = 0x250;

/**
 * What stripping makes of each character below LATIN_END, by the same
 * normalisation. Each step reads one character at a time there (the marks a
 * decomposition reorders are dropped, and lower-casing has no context outside
 * Greek), so a text of these characters strips character by character: the
 * accented words of a French, Spanish or Portuguese question need no
 * normalisation of their own.
 */
let latinStripped: readonly string[] | undefined;

/** The table, made the first time a short accented text is folded, not at start-up. */
function latinTable(): readonly string[] {
  latinStripped ??= Array.from({ length: LATIN_END }, (_, code) =>
    stripText(String.fromCharCode(code)),
  );
  return latinStripped;
}

/** Up to this length (a query's words) the table is quicker; a record's summary normalises faster whole. */
const SHORT = 64;

/** stripText by the table, or undefined when a character lies beyond it. */
function stripLatin(value: string): string | undefined {
  const table = latinTable();
  let stripped = '';
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at);
    if (code >= LATIN_END) return undefined;
    stripped += table[code] as string;
  }
  return stripped;
}

/** Lower case, no accents, apostrophes dropped, every other non-alphanumeric run a single space. */
export function foldText(value: string): string {
  // Most corpus text is plain ASCII: skip Unicode normalisation for it (index build time).
  if (ASCII.test(value)) {
    const lower = value.toLowerCase();
    return (lower.includes("'") || lower.includes('`') ? lower.replace(APOSTROPHES, '') : lower)
      .replace(NON_WORD, ' ')
      .trim();
  }
  const stripped = value.length <= SHORT ? stripLatin(value) : undefined;
  return (stripped ?? stripText(value)).replace(NON_WORD, ' ').trim();
}

/** Only ASCII: folding it needs no Unicode normalisation. */
export function isPlainAscii(value: string): boolean {
  return ASCII.test(value);
}

/** Words of a folded text. */
export function foldWords(value: string): string[] {
  const folded = foldText(value);
  return folded === '' ? [] : folded.split(' ');
}

const A = 97;
const Z = 122;
const ZERO = 48;
const NINE = 57;
const QUOTE = 39;
const BACKTICK = 96;

/**
 * Appends the folded words of a text to `out`: the same words as foldWords,
 * scanned in one pass for plain-ASCII text (the index build's hot path).
 */
export function pushFoldedWords(value: string, out: string[]): void {
  if (!ASCII.test(value)) {
    for (const word of foldWords(value)) out.push(word);
    return;
  }
  const lower = value.toLowerCase();
  let start = -1;
  let apostrophe = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((code >= A && code <= Z) || (code >= ZERO && code <= NINE)) {
      if (start < 0) start = i;
    } else if ((code === QUOTE || code === BACKTICK) && start >= 0) {
      apostrophe = true;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      out.push(apostrophe ? word.replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim() : word);
      start = -1;
      apostrophe = false;
    }
  }
}
