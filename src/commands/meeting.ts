import { z } from 'zod';
import { DEFAULT_MEETING_MINUTES, meetingDuration } from '../meetings/meeting-duration.js';
import {
  clockTime,
  describeDefaults,
  meetingFooter,
  meetingLine,
} from '../meetings/meeting-line.js';
import { needsStore } from '../meetings/needs-store.js';
import type { MeetingReply, Reply } from '../reply.js';
import { resolveFilters } from '../search/resolve-filters.js';
import type { Filters } from '../store/store.js';
import { filterOptions } from './command-options.js';
import { type CommandContext, defineCommand, type Memory } from './command-spec.js';
import { optionIssue } from './option-issue.js';
import { problemReply } from './problem-reply.js';

const ACTIONS = ['start', 'end'] as const;
const MAX_TITLE = 80;
const EXAMPLE = 'meeting start mineral:gold country:ghana for:90m title:"Gold in Ghana"';

const options = z.object({
  ...filterOptions,
  for: meetingDuration.optional(),
  title: z
    .string()
    .trim()
    .refine((title) => title.length >= 1, optionIssue('options:title-missing'))
    .refine(
      (title) => title.length <= MAX_TITLE,
      optionIssue('options:title-too-long', { max: MAX_TITLE }),
    )
    .optional(),
});

export const meetingCommand = defineCommand({
  name: 'meeting',
  usage: 'meeting [start [filters] [for:90m] [title:"…"] | end]',
  words: {
    name: 'action',
    required: false,
  },
  options,
  examples: [EXAMPLE, 'meeting', 'meeting end'],
  facilitatorOnly: true,
  run: ({ text }, context) => needsStore(context.t, text),
  async remember({ words, options: given, query, text }, context, memory) {
    const action = words[0]?.toLowerCase();
    if (
      words.length > 1 ||
      (action !== undefined && !(ACTIONS as readonly string[]).includes(action))
    ) {
      const message = context.t('meeting:bad-action', { words: words.join(' ') });
      return problemReply(context.t, 'usage', message, EXAMPLE, text);
    }
    if (action === 'start') return start(given, query.options, text, context, memory);
    const extra = Object.keys(query.options);
    if (extra.length > 0) {
      const message = action
        ? context.t('meeting:filters-with-start', { action })
        : context.t('meeting:filters-with-start-only');
      return problemReply(context.t, 'usage', message, EXAMPLE, text);
    }
    const { t } = context;
    if (action === 'end') {
      const ended = await memory.store.endMeeting(memory.channel, context.now);
      return ended
        ? meetingReply(
            text,
            t('meeting:ended.title'),
            t('meeting:ended.text', { time: clockTime(context.now) }),
          )
        : meetingReply(text, t('meeting:none.title'), t('meeting:none.nothing-to-end'));
    }
    return memory.meeting
      ? meetingReply(
          text,
          t('meeting:current.title'),
          t('meeting:current.text', { line: meetingLine(memory.meeting, t) }),
        )
      : meetingReply(text, t('meeting:none.title'), t('meeting:none.start', { example: EXAMPLE }));
  },
});

async function start(
  given: z.output<typeof options>,
  typed: Readonly<Record<string, string | undefined>>,
  text: string,
  context: CommandContext,
  memory: Memory,
): Promise<Reply> {
  const resolved = resolveFilters(given, context.corpus, context.locale);
  if (!resolved.ok) return problemReply(context.t, 'usage', resolved.message, EXAMPLE, text);
  const filters: Filters = Object.fromEntries(
    Object.entries(typed).filter(
      (entry): entry is [string, string] => entry[0] in filterOptions && entry[1] !== undefined,
    ),
  );
  const minutes = given.for ?? DEFAULT_MEETING_MINUTES;
  const caller = context.caller;
  const meeting = await memory.store.startMeeting({
    channel: memory.channel,
    title: given.title ?? null,
    filters,
    startedBy: {
      userId: caller.userId ?? caller.platform,
      displayName: caller.displayName ?? caller.userId ?? caller.platform,
    },
    startsAt: context.now,
    endsAt: new Date(context.now.getTime() + minutes * 60_000),
  });
  const { t } = context;
  const said = { line: meetingLine(meeting, t), filters: describeDefaults(filters, t) };
  return {
    ...meetingReply(
      text,
      t('meeting:started.title'),
      memory.meeting ? t('meeting:started.replaced', said) : t('meeting:started.text', said),
    ),
    meeting: meetingFooter(meeting, t),
  };
}

function meetingReply(query: string, title: string, text: string): MeetingReply {
  return {
    kind: 'meeting',
    query,
    title,
    sections: [{ type: 'text', text }],
    suggestions: [],
    shareable: false,
  };
}
