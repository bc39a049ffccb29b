import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord.js';
import {
  type ChartPicture,
  type Choice,
  DEFAULT_LOCALE,
  describeData,
  type Reply,
  replyCharts,
  type Translate,
  translatorFor,
  withoutPicturedCharts,
} from '../../src/index.js';
import type { ButtonIds } from './button-ids.js';
import { type ButtonRow, renderButtons } from './render-buttons.js';
import { type ChartFile, chartFiles, embedsWithPictures } from './render-charts.js';
import { renderEmbed } from './render-embed.js';
import type { MenuRow } from './render-finding-menu.js';
import {
  DISCORD_MAX_CHOICE_TEXT,
  DISCORD_MAX_CHOICES,
  DISCORD_MAX_CONTENT,
  fitText,
  more,
} from './render-limits.js';
import { escapeMarkdown } from './render-markdown.js';

// The one place that turns a Reply into what discord.js sends: a private reply
// (with Previous / Next / Share and suggestion buttons), a shared one (public,
// attributed, no buttons), short notices, and autocomplete choices. Every
// message carries `allowedMentions: { parse: [] }`: nothing it says can ping,
// except a share addressed to one person, which may ping that one user.

export const NO_PINGS = Object.freeze({ parse: [] as [] });

/** Who may be pinged: nobody, or the one user a share is addressed to. */
export type AllowedMentions = typeof NO_PINGS | { parse: []; users: [string] };

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: (ButtonRow | MenuRow)[];
  allowedMentions: AllowedMentions;
  /** Chart pictures, uploaded with the message (ephemeral ones expire, so a share re-uploads). */
  files: ChartFile[];
}

function pageNote(reply: Reply, t: Translate): string {
  const paging = reply.paging;
  return paging && paging.pageCount > 1
    ? t('platform:page', { page: paging.page, pages: paging.pageCount })
    : '';
}

const wordsOf = (reply: Reply) => translatorFor(reply.locale ?? DEFAULT_LOCALE);

/** The charts' titles, each picture's alt text. */
const chartTitles = (reply: Reply) => replyCharts(reply).map((chart) => chart.title);

const footerOf = (parts: string[]) => parts.filter((part) => part !== '').join(' · ');

/** A digest's Markdown and CSV go up as attachments beside the reading list. */
const replyFiles = (reply: Reply): ChartFile[] =>
  reply.kind === 'digest'
    ? reply.files.map((file) => ({
        name: file.name,
        attachment: Buffer.from(file.content, 'utf8'),
      }))
    : [];

/** What the asker sees first, privately, with its charts as pictures when they were drawn. */
export async function renderPrivate(
  reply: Reply,
  ids: ButtonIds,
  pictures: readonly ChartPicture[] = [],
  addressee?: string,
): Promise<DiscordMessage> {
  const { rows, omitted } = await renderButtons(reply, ids, addressee);
  const t = wordsOf(reply);
  const footer = footerOf([
    `/assay ${reply.query}`,
    pageNote(reply, t),
    omitted > 0 ? more(omitted, t) : '',
    reply.meeting ?? '',
    describeData(reply.data, reply.locale),
  ]);
  const embed = renderEmbed(withoutPicturedCharts(reply, pictures.length), footer);
  return {
    embeds: embedsWithPictures(embed, pictures),
    components: rows,
    allowedMentions: NO_PINGS,
    files: [...chartFiles(pictures, chartTitles(reply)), ...replyFiles(reply)],
  };
}

/** The same finding posted in the channel, saying who shared it and what they asked. */
export function renderShared(
  reply: Reply,
  userId: string,
  pictures: readonly ChartPicture[] = [],
  /** The one user the share is for (a checked Discord user id): named, and the only ping. */
  to?: string,
): DiscordMessage {
  // Worded in the sharer's language: the reply was run for them.
  const t = wordsOf(reply);
  const command = `/assay ${escapeMarkdown(reply.query)}`;
  const addressed = to ? ` ${t('findings:addressed', { person: `<@${to}>` })}` : '';
  const content = fitText(
    t('platform:shared-by', { user: `<@${userId}>${addressed}`, command }),
    DISCORD_MAX_CONTENT,
    t,
  );
  const embed = renderEmbed(
    withoutPicturedCharts(reply, pictures.length),
    footerOf([pageNote(reply, t), reply.meeting ?? '', describeData(reply.data, reply.locale)]),
  );
  return {
    content,
    embeds: embedsWithPictures(embed, pictures),
    components: [],
    // Only the addressee's mention is live; the sharer's and any in the text stay dead.
    allowedMentions: to ? { parse: [], users: [to] } : NO_PINGS,
    files: [...chartFiles(pictures, chartTitles(reply)), ...replyFiles(reply)],
  };
}

/** A short line of text (an apology, an expired button). */
export function renderNotice(text: string): DiscordMessage {
  return {
    content: fitText(text, DISCORD_MAX_CONTENT),
    embeds: [],
    components: [],
    allowedMentions: NO_PINGS,
    files: [],
  };
}

/** Autocomplete choices within Discord's limits (the core already ranks and caps them). */
export function renderChoices(
  choices: readonly Choice[],
): APIApplicationCommandOptionChoice<string>[] {
  return choices.slice(0, DISCORD_MAX_CHOICES).map((choice) => ({
    name:
      fitText(choice.name, DISCORD_MAX_CHOICE_TEXT) ||
      choice.value.slice(0, DISCORD_MAX_CHOICE_TEXT),
    value: choice.value.slice(0, DISCORD_MAX_CHOICE_TEXT),
  }));
}
