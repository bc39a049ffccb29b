import type { Translate } from '../i18n/index.js';
import type { DigestEntry, ReplyFile } from '../reply.js';
import { csvStringify } from '../text/load-csv.js';
import { protectCell } from '../text/spreadsheet-cell.js';
import { typeHeading } from './digest-entries.js';

// The digest as files for the rapporteur: Markdown to read and paste, CSV to sort and count.
// The Markdown is for people, in the facilitator's language. The CSV's headers and its type
// column stay the English machine names (type, topic, shared_by; intervention, report): a
// spreadsheet or script reads them by name, and the files of meetings held in different
// languages then line up. Its cells of text (titles, topics, names) are as the digest has them.

/** Markdown link text may not open or close a link, nor start a heading or a list. */
const markdownText = (text: string) => text.replace(/([\\[\]*_`<>#|])/g, '\\$1');

export function digestMarkdown(
  heading: string,
  entries: readonly DigestEntry[],
  t: Translate,
): string {
  const lines = [`# ${markdownText(heading)}`, ''];
  if (entries.length === 0) lines.push(t('digest:file.empty'), '');
  let type = '';
  let topic = '';
  for (const entry of entries) {
    if (entry.type !== type) {
      type = entry.type;
      topic = '';
      lines.push(`## ${markdownText(typeHeading(type, t))}`, '');
    }
    if (entry.topic !== topic) {
      topic = entry.topic;
      lines.push(`### ${markdownText(topic)}`, '');
    }
    const title = entry.url
      ? `[${markdownText(entry.title)}](<${entry.url}>)`
      : markdownText(entry.title);
    const names = entry.sharedBy.map(markdownText).join(', ');
    lines.push(`- ${t('digest:file.entry', { title, id: entry.id, names })}`);
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
    ].map(protectCell),
  );
  return csvStringify().stringify(rows, {
    header: true,
    columns: ['type', 'topic', 'id', 'title', 'url', 'shared_by', 'first_shared_at'],
  });
}

/** File names from the meeting's start, safe on every platform: `assay-digest-2026-11-30-1400.md`. */
export function digestFiles(
  startsAt: Date,
  heading: string,
  entries: readonly DigestEntry[],
  t: Translate,
): ReplyFile[] {
  const stamp = startsAt.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return [
    {
      name: `assay-digest-${stamp}.md`,
      mediaType: 'text/markdown',
      content: digestMarkdown(heading, entries, t),
    },
    { name: `assay-digest-${stamp}.csv`, mediaType: 'text/csv', content: digestCsv(entries) },
  ];
}
