import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { type ChartPicture, type Reply, replyCharts } from '../../src/index.js';
import { ANSWER_DIRECTLY_WITHIN_MS, CHART_KIND, DeferPolicy } from './defer-policy.js';
import { drawCharts } from './draw-charts.js';
import type { DiscordMessage } from './render-message.js';

// Every interaction is answered (or deferred) well inside Discord's 3 seconds:
// deferred first when the work could run past the window, or once an answer
// that waits has spent the budget; then drawn, rendered and sent.

export type Mode = 'private' | 'public' | 'update';
export type Answerable =
  | ChatInputCommandInteraction
  | ButtonInteraction
  | StringSelectMenuInteraction;
export type RenderReply = (
  reply: Reply,
  pictures: ChartPicture[],
) => DiscordMessage | Promise<DiscordMessage>;

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

/** `answer(interaction, mode, kind, run, render)`: one per adapter, so each kind's timings are kept. */
export function createWindowedAnswer(logError: (error: unknown, interaction: Interaction) => void) {
  const policy = new DeferPolicy();
  return async function answer(
    interaction: Answerable,
    mode: Mode,
    kind: string,
    run: () => Reply | Promise<Reply>,
    render: RenderReply,
  ): Promise<void> {
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
    const pictures = await drawCharts(reply, (error) => logError(error, interaction));
    if (charts > 0) policy.record(CHART_KIND, performance.now() - drawing);
    const message = await render(reply, pictures);
    policy.record(kind, performance.now() - started);
    if (deferred) await interaction.editReply(message);
    else if (mode === 'update') await (interaction as ButtonInteraction).update(message);
    else
      await interaction.reply(
        mode === 'private' ? { ...message, flags: MessageFlags.Ephemeral } : message,
      );
  };
}
