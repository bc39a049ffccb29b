import type { RespondFn, webApi } from '@slack/bolt';
import {
  type Reply,
  renderReplyCharts,
  replyCharts,
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

function explain(refusal: UploadRefusal): string {
  const lead = 'Shared as text, without the chart picture:';
  switch (refusal.reason) {
    case 'missing-scope':
      return `${lead} Assay lacks the \`${refusal.scope || 'files:write'}\` permission. A workspace admin can add it (the manifest in the README lists it) and reinstall the app.`;
    case 'private-channel':
      return `${lead} Assay is not a member of this private channel. Invite it with \`/invite @Assay\`, then share again.`;
    case 'not-in-channel':
      return `${lead} Assay is not in this channel and could not join it. Invite it with \`/invite @Assay\`, then share again.`;
    case 'failed':
      return `${lead} Slack refused the upload (\`${refusal.error}\`). Try again in a moment.`;
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
    text: explain(result),
  });
  return false;
}
