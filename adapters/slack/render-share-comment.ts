import {
  DEFAULT_LOCALE,
  type Reply,
  type Section,
  type Translate,
  translatorFor,
} from '../../src/index.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { fitText, moreNote } from './render-limits.js';
import { NOTE_SEPARATOR, recordText } from './render-sections.js';

// The text that goes with a shared picture (files.uploadV2's initial_comment):
// the attribution, the title and the reply's sections as mrkdwn, without the
// charts the pictures show.

/** Slack takes long comments, but a shared finding should read at a glance. */
const COMMENT_MAX = 3000;

function sectionText(section: Section, t: Translate): string {
  switch (section.type) {
    case 'text':
      return escapeMrkdwn(section.text);
    case 'heading':
      return `*${escapeMrkdwn(section.text)}*`;
    case 'records':
      return section.items.map((item) => recordText(item, t)).join('\n');
    case 'fields':
      return section.fields
        .map((field) => `*${escapeMrkdwn(field.label)}* ${escapeMrkdwn(field.value)}`)
        .join('\n');
    case 'chart':
      return `\`\`\`\n${escapeMrkdwn(section.lines.join('\n'))}\n\`\`\``;
    case 'links':
      return section.links.map((link) => escapeMrkdwn(link.label)).join(' · ');
    case 'note':
      return `_${escapeMrkdwn(section.parts.join(NOTE_SEPARATOR))}_`;
  }
}

/** `attribution` is already mrkdwn (it may carry the one live mention). */
export function renderShareComment(reply: Reply, attribution: string): string {
  const t = translatorFor(reply.locale ?? DEFAULT_LOCALE);
  const title = `*${escapeMrkdwn(fitText(reply.title, 500, String, t))}*`;
  const parts = reply.sections
    .map((section) => sectionText(section, t))
    .filter((part) => part.trim() !== '');
  // Whole sections only, so a cut never leaves a link or a code block open.
  const kept = [attribution, title];
  let length = attribution.length + title.length + 1;
  for (const [index, part] of parts.entries()) {
    if (length + part.length + 1 > COMMENT_MAX - 40) {
      kept.push(moreNote(parts.length - index, t));
      break;
    }
    kept.push(part);
    length += part.length + 1;
  }
  return kept.join('\n');
}
