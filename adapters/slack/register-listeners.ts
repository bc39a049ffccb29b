import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { type Assay, replyCharts } from '../../src/index.js';
import { readAddressee, readButtonValue } from './addressee.js';
import { answerInTime } from './answer-in-time.js';
import { forRefusal, registerFindingListener, sharerOf } from './finding-listener.js';
import { unescapeSlackText } from './mrkdwn.js';
import { ACTION_PATTERN, ACTIONS, renderPrivateReply, renderSharedReply } from './render-blocks.js';
import { shareWithCharts } from './share-charts.js';
import { shareDigestFiles } from './share-digest.js';
import { slackCaller } from './slack-caller.js';
import type { UserLocales } from './user-locales.js';

// The slash command and the buttons. Each turns Slack's input into command text, asks the
// core and renders the Reply; nothing here filters, counts or words domain content.
// Errors are not caught here: they go to the one error handler (handle-error.ts).

export interface ListenerSettings {
  /** The slash command as configured, e.g. `/assay`. */
  command: string;
  /** How long the core may take before the answer moves from the ack to response_url. */
  ackBudgetMs?: number;
  /** ASSAY_FACILITATORS: who may run meeting, digest and gaps. */
  facilitators?: readonly string[];
  /** Each user's language (users.info, cached), else ASSAY_LOCALE. */
  locales: UserLocales;
}

export function registerListeners(app: App, assay: Assay, settings: ListenerSettings): void {
  const facilitators = settings.facilitators ?? [];
  app.command(settings.command, async ({ command, ack, respond }) => {
    const user = { id: command.user_id, name: command.user_name };
    // `for:<@U…>` is read before unescaping: afterwards a mention is only its name.
    const read = readAddressee(command.text ?? '');
    // The language lookup runs inside the answer's time budget; it waits a bounded time.
    const answer = async () => {
      const locale = await settings.locales.localeOf(user.id);
      const caller = slackCaller(user, command.channel_id, facilitators, locale);
      if (!read.ok) return forRefusal(caller);
      const text = unescapeSlackText(read.text);
      return renderPrivateReply(await assay.answer(text, caller), text, read.addressee);
    };
    await answerInTime({ ack, respond }, answer, settings.ackBudgetMs);
  });
  registerFindingListener(app, assay, settings);

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
      const { query, addressee } = readButtonValue(action.value ?? '');
      const user = { id: body.user.id, name: body.user.name ?? body.user.username };
      const locale = await settings.locales.localeOf(user.id);
      const caller = slackCaller(user, body.channel?.id, facilitators, locale);
      const reply = await assay.answer(query, caller);
      if (action.action_id === ACTIONS.share) {
        // The share log first: a share the digest would miss fails, privately.
        const failed = await assay.logShare(reply, caller);
        if (failed) {
          await respond({ ...renderPrivateReply(failed), replace_original: false });
          return;
        }
        const sharer = sharerOf(user, settings.command, addressee);
        if (reply.kind === 'digest')
          await shareDigestFiles(reply, query, sharer, {
            client,
            respond,
            channelId: body.channel?.id,
            logError: (error) => logger.error('digest upload failed', error),
          });
        else if (replyCharts(reply).length === 0)
          await respond(renderSharedReply(reply, query, sharer));
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
      await respond({ ...renderPrivateReply(reply, undefined, addressee), replace_original: true });
    },
  );
}
