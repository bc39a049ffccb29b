import { DEFAULT_LOCALE, type DigestReply, translatorFor } from '../../src/index.js';
import { renderSharedReply, type Sharer } from './render-blocks.js';
import { code, INVITE, type ShareContext } from './share-charts.js';
import { uploadToChannel } from './upload-file.js';

// Share of a digest: the reading list as a message, then its Markdown and CSV files with
// files.uploadV2 (the upload module the charts use). When Slack refuses the files, the
// list is still shared and the facilitator is told privately why the files are missing.

export async function shareDigestFiles(
  reply: DigestReply,
  query: string,
  sharer: Sharer,
  context: ShareContext,
): Promise<boolean> {
  await context.respond(renderSharedReply(reply, query, sharer));
  if (reply.files.length === 0 || !context.channelId) return false;
  const files = reply.files.map((file) => ({
    filename: file.name,
    title: file.name,
    data: Buffer.from(file.content, 'utf8'),
  }));
  const result = await uploadToChannel(context.client, context.channelId, files, reply.title);
  if (result.ok) return true;
  const t = translatorFor(reply.locale ?? DEFAULT_LOCALE);
  const why =
    result.reason === 'missing-scope'
      ? t('uploads:digest.missing-scope', { scope: code(result.scope || 'files:write') })
      : result.reason === 'failed'
        ? t('uploads:digest.failed', { error: code(result.error) })
        : t('uploads:digest.not-in-channel', { invite: INVITE });
  await context.respond({
    response_type: 'ephemeral',
    replace_original: false,
    text: t('uploads:digest.lead', { why }),
  });
  return false;
}
