import type { BaseInteraction } from 'discord.js';
import type { Caller } from '../../src/index.js';
import { FACILITATOR_PERMISSION } from './command-definitions.js';

// Who asks, for the core: a facilitator is a member with Manage Server in this channel.
// Discord hides /facilitate from others already; this is the bot's own check behind it.

export function discordCaller(interaction: BaseInteraction): Caller {
  const member = interaction.member;
  const nick = member && 'nick' in member && typeof member.nick === 'string' ? member.nick : null;
  return {
    platform: 'discord',
    facilitator: interaction.memberPermissions?.has(FACILITATOR_PERMISSION) ?? false,
    userId: interaction.user.id,
    displayName: nick ?? interaction.user.displayName,
    channelId: interaction.channelId ?? undefined,
  };
}
