import { z } from 'zod';
import type { Translate } from '../i18n/index.js';
import { needsStore } from '../meetings/needs-store.js';
import type { GapItem, GapsReply, Section } from '../reply.js';
import type { GapCount } from '../store/store.js';
import { defineCommand } from './command-spec.js';
import { barChart } from './text-chart.js';

const SHOWN = 10;

export const gapsCommand = defineCommand({
  name: 'gaps',
  usage: 'gaps',
  words: null,
  options: z.object({}),
  examples: ['gaps'],
  facilitatorOnly: true,
  run: ({ text }, context) => needsStore(context.t, text),
  async remember({ text }, context, memory) {
    const meeting = await memory.store.latestMeeting(memory.channel, context.now);
    const session = meeting
      ? (await memory.store.topUnanswered({ meetingId: meeting.id }, SHOWN)).map(gapItem)
      : [];
    const allTime = (await memory.store.topUnanswered({ everywhere: true }, SHOWN)).map(gapItem);
    const { t } = context;
    const sections: Section[] = [];
    const part = (heading: string, items: GapItem[], empty: string) => {
      sections.push({ type: 'heading', text: heading });
      if (items.length === 0) {
        sections.push({ type: 'text', text: empty });
        return;
      }
      const bars = items.map((item) => ({ key: gapLabel(item, t), count: item.asked }));
      sections.push({
        type: 'chart',
        lines: barChart(bars),
        chart: {
          title: heading,
          counted: t('gaps:counted'),
          filters: '',
          data: { shape: 'bars', bars },
        },
      });
    };
    if (meeting)
      part(
        meeting.title
          ? t('gaps:this-meeting-titled', { title: meeting.title })
          : t('gaps:this-meeting'),
        session,
        t('gaps:session-empty'),
      );
    part(t('gaps:all-time'), allTime, t('gaps:all-time-empty'));
    const reply: GapsReply = {
      kind: 'gaps',
      query: text,
      title: t('gaps:title'),
      session,
      allTime,
      sections: [{ type: 'text', text: t('gaps:intro') }, ...sections],
      suggestions: [],
      shareable: false,
    };
    return reply;
  },
});

function gapItem(gap: GapCount): GapItem {
  return {
    question: gap.question,
    filters: Object.values(gap.filters).join(' · '),
    asked: gap.asked,
  };
}

function gapLabel(item: GapItem, t: Translate): string {
  const question = item.question === '' ? t('gaps:filters-only') : item.question;
  return item.filters ? `${question} · ${item.filters}` : question;
}
