import type {
  AllMiddlewareArgs,
  App,
  BlockOverflowAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { type Assay, type Caller, DEFAULT_LOCALE, translatorFor } from '../../src/index.js';
import { escapeMrkdwn } from './mrkdwn.js';
import {
  renderPrivateReply,
  renderSharedReply,
  type Sharer,
  type SlackMessage,
} from './render-blocks.js';
import { FINDING_ACTION, readFindingPick } from './render-finding-menus.js';
import { slackCaller } from './slack-caller.js';
import type { UserLocales } from './user-locales.js';

// The overflow menu beside each result: "Share this" posts that record's card to the
// channel (logged for the digest first, like Share), "Details" opens it privately as a
// new message, leaving the list in place.

export interface FindingSettings {
  command: string;
  facilitators?: readonly string[];
  /** Each user's language (users.info, cached), else ASSAY_LOCALE. */
  locales: UserLocales;
}

/** Who shares, and for whom: an addressed share names the sharer in words, so only the addressee is pinged. */
export function sharerOf(
  user: { id: string; name?: string },
  command: string,
  addressee?: string,
): Sharer {
  const to = addressee ? { to: { addressee, sharerName: user.name ?? user.id } } : {};
  return { userId: user.id, command, ...to };
}

/** The private answer to a `for:` that is not one person. */
export function forRefusal(caller: Caller): SlackMessage {
  const t = translatorFor(caller.locale ?? DEFAULT_LOCALE);
  return {
    response_type: 'ephemeral',
    text: escapeMrkdwn(t('findings:for-one-person')),
    blocks: [],
  };
}

export function registerFindingListener(app: App, assay: Assay, settings: FindingSettings): void {
  app.action<BlockOverflowAction>(
    { type: 'block_actions', action_id: FINDING_ACTION },
    async ({
      action,
      body,
      ack,
      respond,
    }: SlackActionMiddlewareArgs<BlockOverflowAction> & AllMiddlewareArgs) => {
      await ack();
      const pick = readFindingPick(action.selected_option?.value, action.block_id);
      if (!pick) return;
      const user = { id: body.user.id, name: body.user.name ?? body.user.username };
      const locale = await settings.locales.localeOf(user.id);
      const caller = slackCaller(user, body.channel?.id, settings.facilitators ?? [], locale);
      if (pick.action === 'details') {
        const card = await assay.answer(`show ${pick.id}`, caller);
        await respond({
          ...renderPrivateReply(card, undefined, pick.addressee),
          replace_original: false,
        });
        return;
      }
      const finding = await assay.answerFinding(pick.id, pick.asked, caller);
      // A record gone since (a reload) is said privately; the share log first, as for Share.
      const failed = finding.shareable ? await assay.logShare(finding, caller) : finding;
      if (failed) {
        await respond({ ...renderPrivateReply(failed), replace_original: false });
        return;
      }
      const sharer = sharerOf(user, settings.command, pick.addressee);
      await respond(renderSharedReply(finding, finding.query, sharer));
    },
  );
}
