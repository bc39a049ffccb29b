import { type Interaction, MessageFlags } from 'discord.js';
import type { Reply } from '../../src/index.js';
import type { DiscordMessage } from './render-message.js';

// What a failed interaction gets: an apology only the asker sees. A Share already deferred in
// the channel would otherwise turn into a public apology, so its placeholder is deleted first.

/** The store could not keep a share: nothing is posted, the sharer gets the core's apology. */
export class ShareNotKept extends Error {
  override readonly name = 'ShareNotKept';
  constructor(readonly apology: Reply) {
    super(apology.kind === 'problem' ? apology.message : 'the share log refused the share');
  }
}

export async function apologise(interaction: Interaction, notice: DiscordMessage): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const privately = { ...notice, flags: MessageFlags.Ephemeral } as const;
  if (interaction.deferred && !interaction.replied && interaction.ephemeral === false) {
    await interaction.deleteReply();
    await interaction.followUp(privately);
  } else if (interaction.deferred && !interaction.replied) await interaction.editReply(notice);
  else if (interaction.replied) await interaction.followUp(privately);
  else await interaction.reply(privately);
}
