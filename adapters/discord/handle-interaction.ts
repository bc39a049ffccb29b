import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import {
  type Assay,
  type ChartPicture,
  type Locale,
  type Reply,
  replyCharts,
  translatorFor,
} from '../../src/index.js';
import { apologise, ShareNotKept } from './apologise.js';
import { ButtonIds } from './button-ids.js';
import { COMMAND_NAME, completionSource, FACILITATE_NAME } from './command-definitions.js';
import { ANSWER_DIRECTLY_WITHIN_MS, CHART_KIND, DeferPolicy } from './defer-policy.js';
import { discordCaller, discordLocale } from './discord-caller.js';
import { drawCharts } from './draw-charts.js';
import {
  type DiscordMessage,
  renderChoices,
  renderNotice,
  renderPrivate,
  renderShared,
} from './render-message.js';

// Interactions in, Replies out: map the options onto the core, ask it, render.
// Every interaction is answered (or deferred) well inside Discord's 3 seconds;
// `handleInteraction` is the adapter's one top-level error handler.

type Mode = 'private' | 'public' | 'update';

/** The reply, once ready; `defer` is called first if it is not ready within the window's budget. */
async function inTime(
  running: Reply | Promise<Reply>,
  created: number,
  defer: () => Promise<void>,
): Promise<Reply> {
  const budget = ANSWER_DIRECTLY_WITHIN_MS - Math.max(0, Date.now() - created);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), Math.max(0, budget));
  });
  const first = await Promise.race([running, late]);
  clearTimeout(timer);
  if (first) return first;
  await defer();
  return running;
}

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

export interface InteractionHandlerOptions {
  /** Logs an unexpected error; the caller strips secrets. */
  logError: (error: unknown, interaction: Interaction) => void;
  /** ASSAY_LOCALE: the language when neither the user's nor the server's is one Assay speaks. */
  defaultLocale?: Locale;
}

export function createInteractionHandler(assay: Assay, options: InteractionHandlerOptions) {
  const ids = new ButtonIds({ store: assay.store });
  const policy = new DeferPolicy();
  const callerOf = (interaction: Interaction) => discordCaller(interaction, options.defaultLocale);
  const wordsFor = (interaction: Interaction) =>
    translatorFor(discordLocale(interaction, options.defaultLocale));

  /** Defers first when the work could run past the window, then renders and sends. */
  async function answer(
    interaction: Answerable,
    mode: Mode,
    kind: string,
    run: () => Reply | Promise<Reply>,
    render: (reply: Reply, pictures: ChartPicture[]) => DiscordMessage | Promise<DiscordMessage>,
  ) {
    const created = interaction.createdTimestamp;
    let deferred = false;
    const defer = async () => {
      deferred = true;
      if (mode === 'update') await (interaction as ButtonInteraction).deferUpdate();
      else
        await interaction.deferReply(mode === 'private' ? { flags: MessageFlags.Ephemeral } : {});
    };
    if (policy.shouldDefer(created, kind)) await defer();
    const started = performance.now();
    const running = run();
    // An answer that waits (a reload reading its folder) is deferred once the budget is spent.
    const reply = deferred ? await running : await inTime(running, created, defer);
    // A picture costs more than the answer: defer when drawing could pass the window.
    const charts = replyCharts(reply).length;
    if (!deferred && charts > 0 && policy.shouldDefer(created, CHART_KIND)) await defer();
    const drawing = performance.now();
    const pictures = await drawCharts(reply, (error) => options.logError(error, interaction));
    if (charts > 0) policy.record(CHART_KIND, performance.now() - drawing);
    const message = await render(reply, pictures);
    policy.record(kind, performance.now() - started);
    if (deferred) await interaction.editReply(message);
    else if (mode === 'update') await (interaction as ButtonInteraction).update(message);
    else
      await interaction.reply(
        mode === 'private' ? { ...message, flags: MessageFlags.Ephemeral } : message,
      );
  }

  const privately = (reply: Reply, pictures: ChartPicture[]) => renderPrivate(reply, ids, pictures);

  async function onCommand(interaction: ChatInputCommandInteraction) {
    const subcommand = interaction.options.getSubcommand();
    const given = interaction.options.data[0]?.options ?? [];
    const values = Object.fromEntries(given.map((option) => [option.name, option.value]));
    await answer(
      interaction,
      'private',
      subcommand,
      () => assay.answerOptions(subcommand, values, callerOf(interaction)),
      privately,
    );
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
      const expired = wordsFor(interaction)('platform:expired', { command: `/${COMMAND_NAME}` });
      await interaction.reply({ ...renderNotice(expired), flags: MessageFlags.Ephemeral });
    } else if (button.action === 'share') {
      const { query } = button;
      const caller = callerOf(interaction);
      await answer(
        interaction,
        'public',
        'share',
        async () => {
          const reply = await assay.answer(query, caller);
          // The share log first: a share the digest would miss fails, with the private apology.
          const failed = await assay.logShare(reply, caller);
          if (failed) throw new ShareNotKept(failed);
          return reply;
        },
        (reply, pictures) => renderShared(reply, interaction.user.id, pictures),
      );
    } else {
      const { query } = button;
      const caller = callerOf(interaction);
      await answer(interaction, 'update', 'page', () => assay.answer(query, caller), privately);
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
