import type { Steps } from '../run-in-slices.js';

// A corpus file is one JSON array; one JSON.parse of a 100 MB file would hold
// the event loop for seconds. This finds the array's elements (outside strings,
// at depth 0) and parses them one a step. Anything unusual gives null, and the
// caller parses the text whole for JSON.parse's own verdict and message: this
// never accepts a text that JSON.parse would refuse, nor reads it differently.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** Where the value starting at `from` ends: the index of the `,` or `]` after it, or -1. */
function endOfValue(text: string, from: number): number {
  let depth = 0;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = endOfString(text, at);
      if (at < 0) return -1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (depth === 0) return code === CLOSE_BRACKET ? at : -1;
      depth--;
    } else if (code === COMMA && depth === 0) return at;
  }
  return -1;
}

/** The index of the quote closing the string opened at `from`, or -1. */
function endOfString(text: string, from: number): number {
  for (let at = from + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === BACKSLASH) at++;
    else if (code === QUOTE) return at;
  }
  return -1;
}

/** JSON's whitespace only (not a byte-order mark, which JSON.parse refuses). */
function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  return at;
}

/** The elements of the JSON array `text`, parsed a step each; null when it is not plainly one. */
export function* parseJsonArray(text: string): Steps<unknown[] | null> {
  let at = skipSpace(text, 0);
  if (text[at] !== '[') return null;
  const elements: unknown[] = [];
  if (text[skipSpace(text, at + 1)] === ']') at = skipSpace(text, at + 1);
  else {
    for (;;) {
      const end = endOfValue(text, at + 1);
      if (end < 0) return null;
      try {
        elements.push(JSON.parse(text.slice(at + 1, end)));
      } catch {
        return null;
      }
      at = end;
      yield;
      if (text[at] === ']') break;
    }
  }
  return skipSpace(text, at + 1) === text.length ? elements : null;
}
