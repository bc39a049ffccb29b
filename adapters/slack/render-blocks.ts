import type { types } from '@slack/bolt';
import {
  DEFAULT_LOCALE,
  describeData,
  type Reply,
  type Section,
  type Suggestion,
  type Translate,
  translatorFor,
} from '../../src/index.js';
import { withAddressee } from './addressee.js';
import { escapeMrkdwn, mentionUser, mrkdwnCode } from './mrkdwn.js';
import { findingRenderer } from './render-finding-menus.js';
import {
  fitText,
  moreNote,
  SLACK_MAX_BLOCKS,
  SLACK_MAX_BUTTON_LABEL,
  SLACK_MAX_BUTTON_VALUE,
  SLACK_MAX_FALLBACK_TEXT,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_SUGGESTIONS,
} from './render-limits.js';
import { contextBlock, renderSection } from './render-sections.js';

// Reply → a Block Kit message. A reply starts private (ephemeral) with Previous / Next /
// Share buttons and up to five did-you-mean buttons; Share re-renders it for the channel
// with attribution and no buttons (anyone could press them there).

type Block = types.KnownBlock;

export interface SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  text: string;
  blocks: Block[];
}

/** The action ids the buttons carry; the value of each is the command text to run. */
export const ACTIONS = {
  share: 'assay_share',
  next: 'assay_next',
  previous: 'assay_previous',
  suggestionPrefix: 'assay_suggest_',
} as const;
export const ACTION_PATTERN = /^assay_(share|next|previous|suggest_\d+)$/;

/**
 * `typed` is the text the person typed, when the reply answers a slash command: Share
 * re-runs it and quotes it ("/assay mercury ghana"); otherwise the core's canonical query.
 */
export function renderPrivateReply(reply: Reply, typed?: string, addressee?: string): SlackMessage {
  const trimmed = typed?.trim() ?? '';
  const shareQuery = trimmed && trimmed.length <= SLACK_MAX_BUTTON_VALUE ? trimmed : reply.query;
  const t = wordsOf(reply);
  const buttons = buttonBlocks(reply, shareQuery, t, addressee);
  const tail = [...buttons, contextBlock(privateFooter(reply, t))];
  return {
    response_type: 'ephemeral',
    text: fallbackText(reply, t),
    blocks: fitBlocks(reply, tail, t, findingRenderer(reply.findings, t, addressee)),
  };
}

export interface Sharer {
  userId: string;
  /** The slash command as configured (`/assay`), for the attribution line. */
  command: string;
  /** A share for one person: their user id, and the sharer's name (plain, so only the addressee is pinged). */
  to?: { addressee: string; sharerName: string };
}

/** `query` is the text Share ran (the Share button's value), quoted in the attribution. */
export function renderSharedReply(reply: Reply, query: string, sharer: Sharer): SlackMessage {
  const attribution = shareAttribution(reply, query, sharer);
  const t = wordsOf(reply);
  return {
    response_type: 'in_channel',
    replace_original: false,
    text: fallbackText(reply, t),
    blocks: fitBlocks(reply, [contextBlock(attribution)], t),
  };
}

/** Buttons, footers and cut markers are worded in the reply's language. */
const wordsOf = (reply: Reply): Translate => translatorFor(reply.locale ?? DEFAULT_LOCALE);

/** The running meeting (when there is one) and the data that answered. */
const footerFacts = (reply: Reply) =>
  [reply.meeting ?? '', describeData(reply.data, reply.locale)]
    .filter((part) => part !== '')
    .join(' · ');

/** Who shared it, what they asked and, when the core knows it, the date of the data: in the sharer's language. */
export function shareAttribution(reply: Reply, query: string, sharer: Sharer): string {
  const t = wordsOf(reply);
  const command = mrkdwnCode(fitText(`${sharer.command} ${query.trim()}`, 1000, String, t));
  const data = escapeMrkdwn(footerFacts(reply));
  const user = sharer.to
    ? `${escapeMrkdwn(sharer.to.sharerName)} ${t('findings:addressed', { person: mentionUser(sharer.to.addressee) })}`
    : mentionUser(sharer.userId);
  const line = t('platform:shared-by', { user, command });
  return `${line}${data ? ` · ${data}` : ''}`;
}

/** Content blocks, cut to leave room for the tail; what is cut is counted in "… and N more". */
function fitBlocks(
  reply: Reply,
  tail: Block[],
  t: Translate,
  special: (section: Section) => Block[] | undefined = () => undefined,
): Block[] {
  const sections = reply.sections.flatMap(
    (section) => special(section) ?? renderSection(section, t, reply.locale),
  );
  const content = [...headerBlocks(reply.title, t), ...sections];
  const room = SLACK_MAX_BLOCKS - tail.length;
  if (content.length <= room) return [...content, ...tail];
  const kept = content.slice(0, room - 1);
  return [...kept, contextBlock(moreNote(content.length - kept.length, t)), ...tail];
}

function headerBlocks(title: string, t: Translate): Block[] {
  if (!title.trim()) return [];
  const text = fitText(title.trim(), SLACK_MAX_HEADER_TEXT, String, t);
  return [{ type: 'header', text: { type: 'plain_text', text, emoji: false } }];
}

function buttonBlocks(
  reply: Reply,
  shareQuery: string,
  t: Translate,
  addressee?: string,
): types.ActionsBlock[] {
  // Paging and Share keep the addressee, so a share from any page is for the same person.
  const to = (query: string | undefined) => query && withAddressee(query, addressee);
  const navigation = [
    button(ACTIONS.previous, t('platform:previous'), to(reply.paging?.previous), t),
    button(ACTIONS.next, t('platform:next'), to(reply.paging?.next), t),
    reply.shareable
      ? button(ACTIONS.share, t('platform:share'), to(shareQuery), t, 'primary')
      : undefined,
  ].filter((element) => element !== undefined);
  const suggestions = reply.suggestions
    .slice(0, SLACK_MAX_SUGGESTIONS)
    .map((suggestion: Suggestion, index) =>
      button(`${ACTIONS.suggestionPrefix}${index}`, suggestion.label, to(suggestion.query), t),
    )
    .filter((element) => element !== undefined);
  return [navigation, suggestions]
    .filter((elements) => elements.length > 0)
    .map((elements) => ({ type: 'actions', elements }));
}

/** A button that runs `query`; none when there is no query or it cannot fit a button value. */
function button(
  actionId: string,
  label: string,
  query: string | undefined,
  t: Translate,
  style?: 'primary',
): types.Button | undefined {
  if (!query?.trim() || query.length > SLACK_MAX_BUTTON_VALUE) return undefined;
  const text = fitText(label.trim() || query, SLACK_MAX_BUTTON_LABEL, String, t);
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text, emoji: false },
    value: query,
    ...(style ? { style } : {}),
  };
}

function privateFooter(reply: Reply, t: Translate): string {
  const paging = reply.paging;
  const page =
    paging && paging.pageCount > 1
      ? `${t('platform:page', { page: paging.page, pages: paging.pageCount })} · `
      : '';
  const shareLabel = `*${escapeMrkdwn(t('platform:share'))}*`;
  const share = reply.shareable ? ` ${t('platform:share-hint', { share: shareLabel })}` : '';
  const data = escapeMrkdwn(footerFacts(reply));
  return `${page}${escapeMrkdwn(t('platform:only-you'))}${share}${data ? ` · ${data}` : ''}`;
}

function fallbackText(reply: Reply, t: Translate): string {
  const text = reply.title.trim() || reply.query.trim() || 'Assay';
  return escapeMrkdwn(fitText(text, SLACK_MAX_FALLBACK_TEXT, escapeMrkdwn, t));
}
