import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord.js';
import type { Choice, Reply } from '../../src/index.js';
import type { ButtonIds } from './button-ids.js';
import { type ButtonRow, renderButtons } from './render-buttons.js';
import { renderEmbed } from './render-embed.js';
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
// message carries `allowedMentions: { parse: [] }`: nothing it says can ping.

export const NO_PINGS = Object.freeze({ parse: [] as [] });

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: typeof NO_PINGS;
}

function pageNote(reply: Reply): string {
  const paging = reply.paging;
  return paging && paging.pageCount > 1 ? `Page ${paging.page} of ${paging.pageCount}` : '';
}

const footerOf = (parts: string[]) => parts.filter((part) => part !== '').join(' · ');

/** What the asker sees first, privately. */
export function renderPrivate(reply: Reply, ids: ButtonIds): DiscordMessage {
  const { rows, omitted } = renderButtons(reply, ids);
  const footer = footerOf([
    `/assay ${reply.query}`,
    pageNote(reply),
    omitted > 0 ? more(omitted) : '',
  ]);
  return { embeds: [renderEmbed(reply, footer)], components: rows, allowedMentions: NO_PINGS };
}

/** The same finding posted in the channel, saying who shared it and what they asked. */
export function renderShared(reply: Reply, userId: string): DiscordMessage {
  const content = fitText(
    `shared by <@${userId}> · /assay ${escapeMarkdown(reply.query)}`,
    DISCORD_MAX_CONTENT,
  );
  return {
    content,
    embeds: [renderEmbed(reply, pageNote(reply))],
    components: [],
    allowedMentions: NO_PINGS,
  };
}

/** A short line of text (an apology, an expired button). */
export function renderNotice(text: string): DiscordMessage {
  return {
    content: fitText(text, DISCORD_MAX_CONTENT),
    embeds: [],
    components: [],
    allowedMentions: NO_PINGS,
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
