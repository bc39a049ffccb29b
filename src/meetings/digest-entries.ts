import type { MessageKey, Translate } from '../i18n/index.js';
import type { DigestEntry } from '../reply.js';
import { parseQuery } from '../search/parse-query.js';
import type { Share } from '../store/store.js';

const TYPE_ORDER: Record<string, number> = { intervention: 0, report: 1, lesson: 2 };

const TYPE_HEADINGS: Readonly<Record<string, MessageKey>> = {
  intervention: 'digest:type.intervention',
  report: 'digest:type.report',
  lesson: 'digest:type.lesson',
};

/** How a reading list heads each type ("Interventions", "Rapports"). */
export function typeHeading(type: string, t: Translate): string {
  const key = TYPE_HEADINGS[type];
  return key ? t(key) : type;
}

/** What a share was about, from its command: the words and filter values (`mercury · Ghana`). */
export function topicOf(commandText: string, t: Translate): string {
  const parsed = parseQuery(commandText);
  if (!parsed.ok) return commandText;
  const { command, words, options } = parsed.query;
  // A card's words are its id, not a topic.
  if (command === 'show') return t('digest:by-id');
  const { page: _page, by: _by, ...filters } = options;
  const parts = [words.join(' '), ...Object.values(filters)].filter((part) => part && part !== '');
  return parts.length > 0 ? parts.join(' · ') : command;
}

/** The reading list: each record once per topic, with everyone who shared it, grouped by type and topic. */
export function digestEntries(shares: readonly Share[], t: Translate): DigestEntry[] {
  const byKey = new Map<string, DigestEntry>();
  for (const share of shares) {
    const topic = topicOf(share.command, t);
    for (const record of share.records) {
      const key = `${record.type}\u0000${topic}\u0000${record.id}`;
      const entry = byKey.get(key);
      const who = share.sharedBy.displayName;
      if (!entry) {
        byKey.set(key, {
          id: record.id,
          type: record.type,
          topic,
          title: record.title,
          url: record.url,
          sharedBy: [who],
          firstSharedAt: share.sharedAt.toISOString(),
        });
      } else if (!entry.sharedBy.includes(who)) entry.sharedBy.push(who);
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      (TYPE_ORDER[a.type] ?? 9) - (TYPE_ORDER[b.type] ?? 9) ||
      a.type.localeCompare(b.type) ||
      a.topic.localeCompare(b.topic) ||
      a.firstSharedAt.localeCompare(b.firstSharedAt),
  );
}
