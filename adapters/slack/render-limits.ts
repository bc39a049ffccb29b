import { type Translate, translatorFor } from '../../src/index.js';

// Block Kit's documented limits. Slack rejects a message that breaks any of them, so the
// renderer cuts content to fit (at a word boundary, with "… and N more") instead.

export const SLACK_MAX_BLOCKS = 50;
export const SLACK_MAX_SECTION_TEXT = 3000;
export const SLACK_MAX_HEADER_TEXT = 150;
export const SLACK_MAX_BUTTON_LABEL = 75;
export const SLACK_MAX_BUTTON_VALUE = 2000;
export const SLACK_MAX_FIELDS = 10;
export const SLACK_MAX_FIELD_TEXT = 2000;
export const SLACK_MAX_CONTEXT_ELEMENTS = 10;
export const SLACK_MAX_CONTEXT_TEXT = 3000;
export const SLACK_MAX_ACTIONS = 25;
export const SLACK_MAX_ACTION_ID = 255;
export const SLACK_MAX_BLOCK_ID = 255;
/** An overflow menu holds 2–5 options: text up to 75 characters, value up to 150. */
export const SLACK_MAX_OVERFLOW_OPTIONS = 5;
export const SLACK_MAX_OPTION_TEXT = 75;
export const SLACK_MAX_OPTION_VALUE = 150;
/** Slack has no autocomplete, so a zero-result reply offers at most five did-you-mean buttons. */
export const SLACK_MAX_SUGGESTIONS = 5;
/** The notification text; Slack allows far more, but it is only a fallback. */
export const SLACK_MAX_FALLBACK_TEXT = 3000;
/** Longer URLs are left unlinked so one odd source cannot eat a section's budget. */
export const SLACK_MAX_LINK_URL = 1000;

const ENGLISH = translatorFor('en');

/** "… and 3 more", or with a noun: "… and 1 more word", "… and 12 more words" (in the reply's language). */
export const moreNote = (count: number, t: Translate = ENGLISH, noun?: 'word' | 'character') =>
  t(noun ? `platform:more-${noun}s` : 'platform:more', { count });

/**
 * Cuts plain `text` so that `render(text)` fits in `max` characters: at the last word
 * boundary, with "… and N more words". `render` must work character by character
 * (escaping does), so a rendered length is the sum of its pieces' lengths.
 */
export function fitText(
  text: string,
  max: number,
  render: (part: string) => string = String,
  t: Translate = ENGLISH,
) {
  if (render(text).length <= max) return text;
  const pieces = text.match(/\s+|\S+/g) ?? [];
  const words = pieces.filter((piece) => !/^\s/.test(piece)).length;
  const room = max - moreNote(words, t, 'word').length - 1;
  let kept = '';
  let keptWords = 0;
  let length = 0;
  for (const piece of pieces) {
    const cost = render(piece).length;
    if (length + cost > room) break;
    kept += piece;
    length += cost;
    if (!/^\s/.test(piece)) keptWords += 1;
  }
  if (keptWords === 0) return hardCut(text, max, render, t);
  return `${kept.trimEnd()} ${moreNote(words - keptWords, t, 'word')}`;
}

/** A single word longer than the budget: cut it by characters, never inside a surrogate pair. */
function hardCut(
  text: string,
  max: number,
  render: (part: string) => string,
  t: Translate,
): string {
  const room = max - moreNote(text.length, t, 'character').length - 1;
  let kept = '';
  let length = 0;
  for (const character of text) {
    const cost = render(character).length;
    if (length + cost > room) break;
    kept += character;
    length += cost;
  }
  return `${kept} ${moreNote(text.length - kept.length, t, 'character')}`;
}

/** Joins rendered items with `separator` while they fit in `max` characters, then "… and N more". */
export function fitList(
  items: readonly string[],
  max: number,
  separator: string,
  t: Translate = ENGLISH,
): string {
  let joined = '';
  for (const [index, item] of items.entries()) {
    const next = joined ? `${joined}${separator}${item}` : item;
    const left = items.length - index - 1;
    const tail = left > 0 ? separator.length + moreNote(left, t).length : 0;
    if (next.length + tail > max) {
      const note = moreNote(items.length - index, t);
      return joined ? `${joined}${separator}${note}` : note;
    }
    joined = next;
  }
  return joined;
}
