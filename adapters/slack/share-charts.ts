import type { RespondFn, webApi } from '@slack/bolt';
import {
  DEFAULT_LOCALE,
  type Reply,
  renderReplyCharts,
  replyCharts,
  type Translate,
  translatorFor,
  withoutPicturedCharts,
} from '../../src/index.js';
import { renderSharedReply, type Sharer, shareAttribution } from './render-blocks.js';
import { renderShareComment } from './render-share-comment.js';
import { type UploadRefusal, uploadToChannel } from './upload-file.js';

// Share for a reply with charts: an ephemeral message cannot carry a file, so
// the pictures are uploaded to the channel with the text as their comment.
// When Slack refuses the upload, the text is shared as before and the sharer
// is told privately why there is no picture and how to fix it.

export interface ShareContext {
  client: webApi.WebClient;
  respond: RespondFn;
  channelId: string | undefined;
  logError: (error: unknown) => void;
}

/** Code-formatted values for the explanations (a scope, an error code, the invite command). */
export const INVITE = '`/invite @Assay`';
export const code = (text: string) => `\`${text}\``;

function explain(refusal: UploadRefusal, t: Translate): string {
  const lead = t('uploads:chart.lead');
  switch (refusal.reason) {
    case 'missing-scope':
      return `${lead} ${t('uploads:chart.missing-scope', { scope: code(refusal.scope || 'files:write') })}`;
    case 'private-channel':
      return `${lead} ${t('uploads:chart.private-channel', { invite: INVITE })}`;
    case 'not-in-channel':
      return `${lead} ${t('uploads:chart.not-in-channel', { invite: INVITE })}`;
    case 'failed':
      return `${lead} ${t('uploads:chart.failed', { error: code(refusal.error) })}`;
  }
}

/** Shares `reply`; true when its charts went up as pictures. */
export async function shareWithCharts(
  reply: Reply,
  query: string,
  sharer: Sharer,
  context: ShareContext,
): Promise<boolean> {
  const pictures = await renderReplyCharts(reply).catch((error: unknown) => {
    context.logError(error);
    return [];
  });
  if (pictures.length === 0 || !context.channelId) {
    await context.respond(renderSharedReply(reply, query, sharer));
    return false;
  }
  const charts = replyCharts(reply);
  const files = pictures.map((picture, index) => ({
    filename: `assay-chart-${index + 1}.png`,
    title: charts[index]?.title ?? reply.title,
    data: picture.png,
  }));
  const comment = renderShareComment(
    withoutPicturedCharts(reply, pictures.length),
    shareAttribution(reply, query, sharer),
  );
  const result = await uploadToChannel(context.client, context.channelId, files, comment);
  if (result.ok) return true;
  await context.respond(renderSharedReply(reply, query, sharer));
  await context.respond({
    response_type: 'ephemeral',
    replace_original: false,
    text: explain(result, translatorFor(reply.locale ?? DEFAULT_LOCALE)),
  });
  return false;
}
