import { type Translate, translatorFor } from '../../src/index.js';

// Discord's limits, named once. Everything the renderer emits is fitted to these,
// so Discord never rejects a reply; long content is cut at a word boundary and
// marked "… and N more".
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits

export const DISCORD_MAX_CONTENT = 2000;
export const DISCORD_MAX_EMBED_TITLE = 256;
export const DISCORD_MAX_EMBED_DESCRIPTION = 4096;
export const DISCORD_MAX_EMBED_FIELDS = 25;
export const DISCORD_MAX_FIELD_NAME = 256;
export const DISCORD_MAX_FIELD_VALUE = 1024;
export const DISCORD_MAX_FOOTER = 2048;
export const DISCORD_MAX_EMBED_TOTAL = 6000;
export const DISCORD_MAX_ACTION_ROWS = 5;
export const DISCORD_MAX_ROW_BUTTONS = 5;
export const DISCORD_MAX_BUTTON_LABEL = 80;
export const DISCORD_MAX_CUSTOM_ID = 100;
export const DISCORD_MAX_SELECT_OPTIONS = 25;
/** A select option's label, value and description. */
export const DISCORD_MAX_SELECT_TEXT = 100;
export const DISCORD_MAX_SELECT_PLACEHOLDER = 150;
export const DISCORD_MAX_CHOICES = 25;
export const DISCORD_MAX_CHOICE_TEXT = 100;
export const DISCORD_MAX_COMMAND_OPTIONS = 25;
export const DISCORD_MAX_COMMAND_DESCRIPTION = 100;

const ENGLISH = translatorFor('en');

/** The marker for what was cut, in the reply's language. */
export const more = (count: number, t: Translate = ENGLISH): string =>
  t('platform:more', { count });

/**
 * Cuts text to `max` characters at a word boundary, ending with "… and N more"
 * (N = words left out). A single word longer than the room is cut mid-word.
 */
export function fitText(text: string, max: number, t: Translate = ENGLISH): string {
  if (text.length <= max) return text;
  const words = text.split(/(?<=\s)(?=\S)/);
  let kept = '';
  let count = 0;
  for (const word of words) {
    const suffix = more(words.length - count - 1, t);
    if ((kept + word).trimEnd().length + 1 + suffix.length > max) break;
    kept += word;
    count += 1;
  }
  const suffix = more(words.length - count, t);
  if (count === 0)
    return `${text.slice(0, Math.max(0, max - suffix.length - 1))} ${suffix}`.slice(-max);
  return `${kept.trimEnd()} ${suffix}`;
}

/**
 * Keeps whole lines while they fit in `max` characters (joined by `separator`),
 * then one "… and N more" line (N = lines left out). A first line that alone is
 * too long is cut with fitText.
 */
export function fitLines(
  lines: readonly string[],
  max: number,
  separator = '\n',
  t: Translate = ENGLISH,
): string[] {
  const joined = lines.join(separator);
  if (joined.length <= max) return [...lines];
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const marker = more(lines.length - index, t);
    const cost = (kept.length > 0 ? separator.length : 0) + line.length;
    if (used + cost + separator.length + marker.length > max) {
      if (kept.length > 0) return [...kept, marker];
      if (lines.length === 1) return [fitText(line, max, t)];
      const rest = more(lines.length - 1, t);
      return [fitText(line, max - separator.length - rest.length, t), rest];
    }
    kept.push(line);
    used += cost;
  }
  return kept;
}
