import { z } from 'zod';
import type { Translate } from '../i18n/index.js';
import { digestEntries, typeHeading } from '../meetings/digest-entries.js';
import { digestFiles } from '../meetings/digest-files.js';
import { clockTime, meetingEnd } from '../meetings/meeting-line.js';
import { needsStore } from '../meetings/needs-store.js';
import type { DigestEntry, DigestReply, Section } from '../reply.js';
import { defineCommand } from './command-spec.js';

export const digestCommand = defineCommand({
  name: 'digest',
  usage: 'digest',
  words: null,
  options: z.object({}),
  examples: ['digest'],
  facilitatorOnly: true,
  run: ({ text }, context) => needsStore(context.t, text),
  async remember({ text }, context, memory) {
    const meeting = await memory.store.latestMeeting(memory.channel, context.now);
    const base = { kind: 'digest' as const, query: text, suggestions: [], shareable: false };
    const { t } = context;
    if (!meeting) {
      const sections: Section[] = [{ type: 'text', text: t('digest:none.text') }];
      return {
        ...base,
        title: t('digest:none.title'),
        entries: [],
        shares: 0,
        files: [],
        sections,
      };
    }
    const shares = await memory.store.sharesOf(meeting.id);
    const entries = digestEntries(shares, t);
    const span = t('digest:span', {
      day: meeting.startsAt.toISOString().slice(0, 10),
      from: clockTime(meeting.startsAt),
      to: clockTime(meetingEnd(meeting)),
    });
    const title = t('digest:title', { title: meeting.title ?? t('digest:untitled'), span });
    const reply: DigestReply = {
      ...base,
      // The facilitator shares the reading list (and its files) with the channel.
      shareable: entries.length > 0,
      title,
      entries,
      shares: shares.length,
      files: digestFiles(meeting.startsAt, title, entries, t),
      sections: digestSections(entries, shares.length, t),
    };
    return reply;
  },
});

function digestSections(entries: readonly DigestEntry[], shares: number, t: Translate): Section[] {
  if (entries.length === 0) return [{ type: 'text', text: t('digest:empty') }];
  const findings = t('digest:findings', { count: entries.length });
  const sections: Section[] = [
    {
      type: 'text',
      text: t('digest:summary', { findings, shares: t('digest:shares', { count: shares }) }),
    },
  ];
  for (const [heading, group] of groupBy(entries, t)) {
    sections.push({ type: 'heading', text: heading });
    const label = (entry: DigestEntry) =>
      t('digest:shared-by', { title: entry.title, names: entry.sharedBy.join(', ') });
    const links = group.flatMap((entry) =>
      entry.url ? [{ label: label(entry), url: entry.url }] : [],
    );
    if (links.length > 0) sections.push({ type: 'links', links });
    for (const entry of group.filter((item) => !item.url))
      sections.push({ type: 'text', text: label(entry) });
  }
  return sections;
}

function groupBy(entries: readonly DigestEntry[], t: Translate): Map<string, DigestEntry[]> {
  const groups = new Map<string, DigestEntry[]>();
  for (const entry of entries) {
    const heading = `${typeHeading(entry.type, t)} · ${entry.topic}`;
    groups.set(heading, [...(groups.get(heading) ?? []), entry]);
  }
  return groups;
}
