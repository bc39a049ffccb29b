import type { APIEmbed, APIEmbedField } from 'discord.js';
import {
  DEFAULT_LOCALE,
  type Field,
  type RecordItem,
  type Reply,
  type Section,
  type Translate,
  translatorFor,
} from '../../src/index.js';
import {
  DISCORD_MAX_EMBED_DESCRIPTION,
  DISCORD_MAX_EMBED_FIELDS,
  DISCORD_MAX_EMBED_TITLE,
  DISCORD_MAX_EMBED_TOTAL,
  DISCORD_MAX_FIELD_NAME,
  DISCORD_MAX_FIELD_VALUE,
  DISCORD_MAX_FOOTER,
  fitLines,
  fitText,
  more,
} from './render-limits.js';
import {
  CODE_BLOCK_OVERHEAD,
  codeBlock,
  escapeCode,
  escapeMarkdown,
  maskedLink,
} from './render-markdown.js';

// A Reply as one embed. Sections are walked in order: text before the first
// field/record goes to the description (links always do, so sources sit on top),
// records and fields become embed fields, later text becomes full-width fields
// and a heading names the field that follows it.

const BLANK = '\u200b';
const SHORT_FIELD = 40;
const RECORD_TITLE = 200;
const RECORD_LINE = 400;
const COLOUR = { normal: 0x2b7a78, problem: 0xc77d1a };

type Block = { text: string } | { code: string[] };

const blockText = (block: Block) => ('code' in block ? codeBlock(block.code) : block.text);

/** Blocks joined by blank lines within `max`, cutting the first that overflows. */
function fitBlocks(blocks: readonly Block[], max: number, t: Translate): string {
  const out: string[] = [];
  let used = 0;
  for (const [index, block] of blocks.entries()) {
    const gap = out.length > 0 ? 2 : 0;
    const text = blockText(block);
    if (used + gap + text.length <= max) {
      out.push(text);
      used += gap + text.length;
      continue;
    }
    const left = blocks.length - index - 1;
    const tail = left > 0 ? `\n${more(left, t)}` : '';
    const room = max - used - gap - tail.length;
    if ('code' in block && room > CODE_BLOCK_OVERHEAD + 20) {
      out.push(codeBlock(fitLines(block.code, room - CODE_BLOCK_OVERHEAD, '\n', t)) + tail);
    } else if ('text' in block && room > 20) {
      out.push(fitText(block.text, room, t) + tail);
    } else {
      out.push(more(blocks.length - index, t));
    }
    break;
  }
  return out.join('\n\n').slice(0, max);
}

function recordField(item: RecordItem, name: string, t: Translate): APIEmbedField {
  const title = `**${maskedLink(fitText(item.title, RECORD_TITLE, t), item.url)}**`;
  const facts = [escapeMarkdown(item.facts), `\`${escapeCode(item.id)}\``]
    .filter(Boolean)
    .join(' · ');
  const lines = [title, escapeMarkdown(fitText(item.line, RECORD_LINE, t)), facts].filter(Boolean);
  return { name, value: fitLines(lines, DISCORD_MAX_FIELD_VALUE, '\n', t).join('\n') };
}

function plainField(field: Field, t: Translate): APIEmbedField {
  return {
    name: fitText(escapeMarkdown(field.label), DISCORD_MAX_FIELD_NAME, t) || BLANK,
    value: fitText(escapeMarkdown(field.value), DISCORD_MAX_FIELD_VALUE, t) || BLANK,
    inline: field.value.length <= SHORT_FIELD,
  };
}

function sectionBlock(section: Exclude<Section, { type: 'records' | 'fields' }>): Block {
  if (section.type === 'chart') return { code: section.lines.map(escapeCode) };
  if (section.type === 'heading') return { text: `**${escapeMarkdown(section.text)}**` };
  // Small print (Discord's subtext), one line.
  if (section.type === 'note') return { text: `-# ${escapeMarkdown(section.parts.join(' · '))}` };
  if (section.type === 'links')
    return { text: section.links.map((link) => maskedLink(link.label, link.url)).join(' · ') };
  return { text: escapeMarkdown(section.text) };
}

/** Splits sections into description blocks and embed fields, in reading order. */
function layout(
  sections: readonly Section[],
  t: Translate,
): { blocks: Block[]; fields: APIEmbedField[] } {
  const blocks: Block[] = [];
  const fields: APIEmbedField[] = [];
  let heading: string | undefined;
  const nameFor = (fallback: string) => {
    const name = heading ? fitText(escapeMarkdown(heading), DISCORD_MAX_FIELD_NAME, t) : fallback;
    heading = undefined;
    return name;
  };
  for (const section of sections) {
    if (section.type === 'records') {
      for (const item of section.items)
        fields.push(recordField(item, nameFor(t(`platform:${item.type}`)), t));
    } else if (section.type === 'fields') {
      fields.push(...section.fields.map((field) => plainField(field, t)));
    } else if (fields.length === 0 || section.type === 'links') {
      blocks.push(sectionBlock(section));
    } else if (section.type === 'heading') {
      heading = section.text;
    } else {
      fields.push({
        name: nameFor(BLANK),
        value: fitBlocks([sectionBlock(section)], DISCORD_MAX_FIELD_VALUE, t),
      });
    }
  }
  return { blocks, fields };
}

const fieldsLength = (fields: readonly APIEmbedField[]) =>
  fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);

/** At most 25 fields within `room` characters; the last one says how many were left out. */
function fitFields(fields: readonly APIEmbedField[], room: number, t: Translate): APIEmbedField[] {
  const marker = (count: number): APIEmbedField => ({ name: BLANK, value: more(count, t) });
  let kept = fields.slice(
    0,
    fields.length > DISCORD_MAX_EMBED_FIELDS ? DISCORD_MAX_EMBED_FIELDS - 1 : fields.length,
  );
  const withMarker = () =>
    kept.length < fields.length ? [...kept, marker(fields.length - kept.length)] : kept;
  while (kept.length > 0 && fieldsLength(withMarker()) > room) kept = kept.slice(0, -1);
  const result = withMarker();
  return fieldsLength(result) <= room ? result : [];
}

export function renderEmbed(reply: Reply, footer: string): APIEmbed {
  // Cut markers and record types in the reply's language.
  const t = translatorFor(reply.locale ?? DEFAULT_LOCALE);
  const { blocks, fields } = layout(reply.sections, t);
  const title = fitText(escapeMarkdown(reply.title), DISCORD_MAX_EMBED_TITLE, t);
  const footerText = fitText(footer, DISCORD_MAX_FOOTER, t);
  let description = fitBlocks(blocks, DISCORD_MAX_EMBED_DESCRIPTION, t);
  const fixed = title.length + footerText.length;
  const fitted = fitFields(fields, DISCORD_MAX_EMBED_TOTAL - fixed - description.length, t);
  if (fitted.length === 0 && fields.length > 0) {
    const room = Math.min(DISCORD_MAX_EMBED_DESCRIPTION, DISCORD_MAX_EMBED_TOTAL - fixed);
    description = fitBlocks([...blocks, { text: more(fields.length, t) }], room, t);
  }
  const embed: APIEmbed = {
    title,
    color: reply.kind === 'problem' ? COLOUR.problem : COLOUR.normal,
  };
  if (description) embed.description = description;
  if (fitted.length > 0) embed.fields = fitted;
  if (footerText) embed.footer = { text: footerText };
  return embed;
}
