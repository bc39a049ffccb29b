import type { Caller } from '../caller.js';
import { checkQuery } from '../commands/check-query.js';
import type { CommandContext } from '../commands/command-spec.js';
import { problemReply } from '../commands/problem-reply.js';
import { runSpec } from '../commands/run-query.js';
import type { Translate } from '../i18n/index.js';
import type { Reply } from '../reply.js';
import { formatQuery, type Query } from '../search/parse-query.js';
import type { ChannelRef, Store } from '../store/store.js';
import { StoreUnavailable } from '../store/store-errors.js';
import { withDefaults } from './default-filters.js';
import { gapOutcome } from './gap-outcome.js';
import { meetingFooter } from './meeting-line.js';

/** The channel a caller asks in; a caller without one (a one-shot terminal run) has its own. */
export function channelOf(caller: Caller): ChannelRef {
  return { platform: caller.platform, channelId: caller.channelId ?? caller.platform };
}

/**
 * The door with a store: the channel's meeting sets default filters, meeting commands read
 * and write the store, and a question left unanswered is logged (without who asked).
 * A store that fails costs this one request an apology, never the process.
 */
export async function answerWithStore(
  query: Query,
  context: CommandContext,
  store: Store,
): Promise<Reply> {
  const channel = channelOf(context.caller);
  try {
    const meeting = await store.currentMeeting(channel, context.now);
    const spec = context.commands.find((candidate) => candidate.name === query.command);
    const asked = meeting ? withDefaults(query, spec, meeting.filters) : query;
    const checked = checkQuery(asked, context);
    if (!checked.ok) return checked.reply;
    const { spec: found, input } = checked;
    const reply = found.remember
      ? await found.remember(input, context, { store, channel, meeting })
      : await runSpec(found, input, context);
    await logGap(store, channel, asked, reply, context.now);
    // Meeting commands say themselves what changed; every other reply names the running meeting.
    return meeting && !found.remember
      ? { ...reply, meeting: meetingFooter(meeting, context.t) }
      : reply;
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    return storeApology(context.t, formatQuery(query));
  }
}

/** A gap the store cannot take now is dropped: the asker still gets their answer. */
async function logGap(store: Store, channel: ChannelRef, asked: Query, reply: Reply, now: Date) {
  const outcome = gapOutcome(reply);
  if (!outcome) return;
  const { page: _page, ...options } = asked.options;
  const filters = Object.fromEntries(
    Object.entries(options).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const question = asked.words.join(' ');
  await store
    .logUnanswered({ channel, askedAt: now, question, filters, outcome })
    .catch((error) => {
      if (!(error instanceof StoreUnavailable)) throw error;
    });
}

export function storeApology(t: Translate, text: string): Reply {
  return problemReply(t, 'unavailable', t('meeting:store-apology'), text, text);
}
