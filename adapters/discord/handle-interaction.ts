import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type StringSelectMenuInteraction,
} from 'discord.js';
import {
  type Assay,
  type Caller,
  type ChartPicture,
  type Locale,
  type Reply,
  translatorFor,
} from '../../src/index.js';
import { createWindowedAnswer } from './answer-in-window.js';
import { apologise, ShareNotKept } from './apologise.js';
import { ButtonIds, USER_ID } from './button-ids.js';
import {
  ADDRESSEE_OPTION,
  COMMAND_NAME,
  completionSource,
  FACILITATE_NAME,
} from './command-definitions.js';
import { discordCaller, discordLocale } from './discord-caller.js';
import { readFindingChoice } from './render-finding-menu.js';
import { renderChoices, renderNotice, renderPrivate, renderShared } from './render-message.js';

// Interactions in, Replies out: map the options onto the core, ask it, render
// (in Discord's window: answer-in-window.ts). `handleInteraction` is the
// adapter's one top-level error handler.

export interface InteractionHandlerOptions {
  /** Logs an unexpected error; the caller strips secrets. */
  logError: (error: unknown, interaction: Interaction) => void;
  /** ASSAY_LOCALE: the language when neither the user's nor the server's is one Assay speaks. */
  defaultLocale?: Locale;
}

export function createInteractionHandler(assay: Assay, options: InteractionHandlerOptions) {
  const ids = new ButtonIds({ store: assay.store });
  const answer = createWindowedAnswer(options.logError);
  const callerOf = (interaction: Interaction) => discordCaller(interaction, options.defaultLocale);
  const wordsFor = (interaction: Interaction) =>
    translatorFor(discordLocale(interaction, options.defaultLocale));

  /** The private reply; its buttons carry the addressee a share is for. */
  const privatelyFor = (addressee?: string) => (reply: Reply, pictures: ChartPicture[]) =>
    renderPrivate(reply, ids, pictures, addressee);

  async function onCommand(interaction: ChatInputCommandInteraction) {
    const subcommand = interaction.options.getSubcommand();
    const given = interaction.options.data[0]?.options ?? [];
    // The `for` user option is the adapter's (who a share pings), not the core's: it stays
    // out of the query. (`/facilitate meeting`'s `for` is a length, a string: the core's.)
    const isAddressee = (option: (typeof given)[number]) =>
      option.name === ADDRESSEE_OPTION && option.type === ApplicationCommandOptionType.User;
    const addressee = given.find(isAddressee)?.value;
    const values = Object.fromEntries(
      given.filter((option) => !isAddressee(option)).map((option) => [option.name, option.value]),
    );
    await answer(
      interaction,
      'private',
      subcommand,
      () => assay.answerOptions(subcommand, values, callerOf(interaction)),
      privatelyFor(typeof addressee === 'string' ? addressee : undefined),
    );
  }

  /** Shares `run`'s reply publicly once the share log has it, attributed to whoever clicked. */
  async function share(
    interaction: ButtonInteraction | StringSelectMenuInteraction,
    run: (caller: Caller) => Promise<Reply>,
    addressee?: string,
  ) {
    const caller = callerOf(interaction);
    const to = addressee && USER_ID.test(addressee) ? addressee : undefined;
    await answer(
      interaction,
      'public',
      'share',
      async () => {
        const reply = await run(caller);
        // The share log first: a share the digest would miss fails, with the private apology.
        const failed = await assay.logShare(reply, caller);
        if (failed) throw new ShareNotKept(failed);
        return reply;
      },
      (reply, pictures) => renderShared(reply, interaction.user.id, pictures, to),
    );
  }

  const expired = (interaction: ButtonInteraction | StringSelectMenuInteraction) => {
    const notice = wordsFor(interaction)('platform:expired', { command: `/${COMMAND_NAME}` });
    return interaction.reply({ ...renderNotice(notice), flags: MessageFlags.Ephemeral });
  };

  /** The menu of results: share one publicly, or open its card privately (a new message). */
  async function onSelect(interaction: StringSelectMenuInteraction) {
    const picked = await ids.decode(interaction.customId);
    const choice = readFindingChoice(interaction.values[0]);
    if (picked?.action !== 'pick' || !choice) return;
    if ('expired' in picked) {
      await expired(interaction);
      return;
    }
    const { query, addressee } = picked;
    const caller = callerOf(interaction);
    const reply =
      choice.action === 'share'
        ? await assay.answerFinding(choice.id, query, caller)
        : await assay.answer(`show ${choice.id}`, caller);
    // Details, and a record gone since (a reload), answer privately; Share this posts.
    if (choice.action === 'share' && reply.shareable)
      await share(interaction, async () => reply, addressee);
    else await answer(interaction, 'private', 'show', () => reply, privatelyFor(addressee));
  }

  async function onAutocomplete(interaction: AutocompleteInteraction) {
    const focused = interaction.options.getFocused(true);
    const source = completionSource(
      assay.commands,
      interaction.options.getSubcommand(),
      focused.name,
    );
    await interaction.respond(
      source ? renderChoices(assay.complete(source, String(focused.value))) : [],
    );
  }

  async function onButton(interaction: ButtonInteraction) {
    const button = await ids.decode(interaction.customId);
    if (!button) return;
    if ('expired' in button) {
      await expired(interaction);
    } else if (button.action === 'share') {
      const { query, addressee } = button;
      await share(interaction, (caller) => assay.answer(query, caller), addressee);
    } else {
      const { query, addressee } = button;
      const caller = callerOf(interaction);
      const page = () => assay.answer(query, caller);
      await answer(interaction, 'update', 'page', page, privatelyFor(addressee));
    }
  }

  const ours = (name: string) => name === COMMAND_NAME || name === FACILITATE_NAME;

  return async function handleInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete() && ours(interaction.commandName))
        await onAutocomplete(interaction);
      else if (interaction.isChatInputCommand() && ours(interaction.commandName))
        await onCommand(interaction);
      else if (interaction.isButton()) await onButton(interaction);
      else if (interaction.isStringSelectMenu()) await onSelect(interaction);
    } catch (error) {
      options.logError(error, interaction);
      const notice = async () =>
        error instanceof ShareNotKept
          ? renderPrivate(error.apology, ids)
          : renderNotice(wordsFor(interaction)('platform:apology'));
      await notice()
        .then((message) => apologise(interaction, message))
        .catch((second: unknown) => options.logError(second, interaction));
    }
  };
}
