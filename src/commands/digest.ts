import { z } from 'zod';
import { digestEntries, TYPE_HEADINGS } from '../meetings/digest-entries.js';
import { digestFiles } from '../meetings/digest-files.js';
import { clockTime, meetingEnd } from '../meetings/meeting-line.js';
import { needsStore } from '../meetings/needs-store.js';
import type { DigestEntry, DigestReply, Section } from '../reply.js';
import { defineCommand } from './command-spec.js';

export const digestCommand = defineCommand({
  name: 'digest',
  description: "The meeting's reading list: every finding shared, with its link and who shared it",
  usage: 'digest',
  words: null,
  options: z.object({}),
  examples: ['digest'],
  facilitatorOnly: true,
  run: ({ text }, context) => needsStore(context.t, text),
  async remember({ text }, context, memory) {
    const meeting = await memory.store.latestMeeting(memory.channel, context.now);
    const base = { kind: 'digest' as const, query: text, suggestions: [], shareable: false };
    if (!meeting) {
      const sections: Section[] = [
        {
          type: 'text',
          text: 'No meeting has run in this channel yet; the digest lists what was shared during one. Start one with meeting start.',
        },
      ];
      return {
        ...base,
        title: 'No meeting to digest',
        entries: [],
        shares: 0,
        files: [],
        sections,
      };
    }
    const shares = await memory.store.sharesOf(meeting.id);
    const entries = digestEntries(shares);
    const day = meeting.startsAt.toISOString().slice(0, 10);
    const span = `${day}, ${clockTime(meeting.startsAt)} to ${clockTime(meetingEnd(meeting))}`;
    const title = `Reading list: ${meeting.title ?? 'meeting'} (${span})`;
    const reply: DigestReply = {
      ...base,
      // The facilitator shares the reading list (and its files) with the channel.
      shareable: entries.length > 0,
      title,
      entries,
      shares: shares.length,
      files: digestFiles(meeting.startsAt, title, entries),
      sections: digestSections(entries, shares.length),
    };
    return reply;
  },
});

function digestSections(entries: readonly DigestEntry[], shares: number): Section[] {
  if (entries.length === 0)
    return [{ type: 'text', text: 'Nothing was shared in this meeting yet.' }];
  const sections: Section[] = [
    {
      type: 'text',
      text: `${entries.length} finding${entries.length === 1 ? '' : 's'} from ${shares} share${shares === 1 ? '' : 's'}, by type and topic.`,
    },
  ];
  for (const [heading, group] of groupBy(entries)) {
    sections.push({ type: 'heading', text: heading });
    const label = (entry: DigestEntry) => `${entry.title} (shared by ${entry.sharedBy.join(', ')})`;
    const links = group.flatMap((entry) =>
      entry.url ? [{ label: label(entry), url: entry.url }] : [],
    );
    if (links.length > 0) sections.push({ type: 'links', links });
    for (const entry of group.filter((item) => !item.url))
      sections.push({ type: 'text', text: label(entry) });
  }
  return sections;
}

function groupBy(entries: readonly DigestEntry[]): Map<string, DigestEntry[]> {
  const groups = new Map<string, DigestEntry[]>();
  for (const entry of entries) {
    const heading = `${TYPE_HEADINGS[entry.type] ?? entry.type} · ${entry.topic}`;
    groups.set(heading, [...(groups.get(heading) ?? []), entry]);
  }
  return groups;
}
