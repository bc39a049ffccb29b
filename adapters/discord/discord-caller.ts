import type { BaseInteraction } from 'discord.js';
import { type Caller, DEFAULT_LOCALE, type Locale, localeFromTag } from '../../src/index.js';
import { FACILITATOR_PERMISSION } from './command-definitions.js';

// Who asks, for the core: a facilitator is a member with Manage Server in this channel.
// Discord hides /facilitate from others already; this is the bot's own check behind it.

/**
 * The reader's language: the user's client language (`locale`), else the server's
 * (`guild_locale`, community servers), else `fallback` (ASSAY_LOCALE).
 */
export function discordLocale(interaction: BaseInteraction, fallback = DEFAULT_LOCALE): Locale {
  // discord.js types `locale` as always present; a payload without one still reaches here.
  const user = interaction.locale as string | undefined;
  return localeFromTag(user) ?? localeFromTag(interaction.guildLocale) ?? fallback;
}

export function discordCaller(interaction: BaseInteraction, fallback = DEFAULT_LOCALE): Caller {
  const member = interaction.member;
  const nick = member && 'nick' in member && typeof member.nick === 'string' ? member.nick : null;
  return {
    platform: 'discord',
    facilitator: interaction.memberPermissions?.has(FACILITATOR_PERMISSION) ?? false,
    userId: interaction.user.id,
    displayName: nick ?? interaction.user.displayName,
    channelId: interaction.channelId ?? undefined,
    locale: discordLocale(interaction, fallback),
  };
}
