import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { type Assay, replyCharts } from '../../src/index.js';
import { answerInTime } from './answer-in-time.js';
import { unescapeSlackText } from './mrkdwn.js';
import { ACTION_PATTERN, ACTIONS, renderPrivateReply, renderSharedReply } from './render-blocks.js';
import { shareWithCharts } from './share-charts.js';

// The slash command and the buttons. Each turns Slack's input into command text, asks the
// core and renders the Reply; nothing here filters, counts or words domain content.
// Errors are not caught here: they go to the one error handler (handle-error.ts).

export interface ListenerSettings {
  /** The slash command as configured, e.g. `/assay`. */
  command: string;
  /** How long the core may take before the answer moves from the ack to response_url. */
  ackBudgetMs?: number;
}

export function registerListeners(app: App, assay: Assay, settings: ListenerSettings): void {
  app.command(settings.command, async ({ command, ack, respond }) => {
    const text = unescapeSlackText(command.text ?? '');
    await answerInTime(
      { ack, respond },
      () => renderPrivateReply(assay.run(text), text),
      settings.ackBudgetMs,
    );
  });

  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: ACTION_PATTERN },
    async ({
      action,
      body,
      ack,
      respond,
      client,
      logger,
    }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      // Buttons are acknowledged at once; the answer always goes through response_url.
      await ack();
      const query = action.value ?? '';
      const reply = assay.run(query);
      if (action.action_id === ACTIONS.share) {
        const sharer = { userId: body.user.id, command: settings.command };
        if (replyCharts(reply).length === 0) await respond(renderSharedReply(reply, query, sharer));
        else
          await shareWithCharts(reply, query, sharer, {
            client,
            respond,
            channelId: body.channel?.id,
            logError: (error) => logger.error('chart picture failed', error),
          });
        return;
      }
      // Previous / Next / did-you-mean stay private and replace the message they sit on.
      await respond({ ...renderPrivateReply(reply), replace_original: true });
    },
  );
}
