import { stringify } from 'csv-stringify/sync';
import type { DigestEntry, ReplyFile } from '../reply.js';
import { TYPE_HEADINGS } from './digest-entries.js';

// The digest as files for the rapporteur: Markdown to read and paste, CSV to sort and count.

/** Markdown link text may not open or close a link, nor start a heading or a list. */
const markdownText = (text: string) => text.replace(/([\\[\]*_`<>#|])/g, '\\$1');

/** A spreadsheet must not read a cell as a formula (=, +, -, @ first). */
const safeCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function digestMarkdown(heading: string, entries: readonly DigestEntry[]): string {
  const lines = [`# ${markdownText(heading)}`, ''];
  if (entries.length === 0) lines.push('Nothing was shared in this meeting.', '');
  let type = '';
  let topic = '';
  for (const entry of entries) {
    if (entry.type !== type) {
      type = entry.type;
      topic = '';
      lines.push(`## ${TYPE_HEADINGS[type] ?? markdownText(type)}`, '');
    }
    if (entry.topic !== topic) {
      topic = entry.topic;
      lines.push(`### ${markdownText(topic)}`, '');
    }
    const title = entry.url
      ? `[${markdownText(entry.title)}](<${entry.url}>)`
      : markdownText(entry.title);
    lines.push(
      `- ${title} (${entry.id}), shared by ${entry.sharedBy.map(markdownText).join(', ')}`,
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function digestCsv(entries: readonly DigestEntry[]): string {
  const rows = entries.map((entry) =>
    [
      entry.type,
      entry.topic,
      entry.id,
      entry.title,
      entry.url ?? '',
      entry.sharedBy.join('; '),
      entry.firstSharedAt,
    ].map(safeCell),
  );
  return stringify(rows, {
    header: true,
    columns: ['type', 'topic', 'id', 'title', 'url', 'shared_by', 'first_shared_at'],
  });
}

/** File names from the meeting's start, safe on every platform: `assay-digest-2026-11-30-1400.md`. */
export function digestFiles(
  startsAt: Date,
  heading: string,
  entries: readonly DigestEntry[],
): ReplyFile[] {
  const stamp = startsAt.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return [
    {
      name: `assay-digest-${stamp}.md`,
      mediaType: 'text/markdown',
      content: digestMarkdown(heading, entries),
    },
    { name: `assay-digest-${stamp}.csv`, mediaType: 'text/csv', content: digestCsv(entries) },
  ];
}
