import type { webApi } from '@slack/bolt';

// Posting files in a channel with files.uploadV2 (files.getUploadURLExternal →
// upload → files.completeUploadExternal), for any file Assay makes: chart
// pictures today, Markdown or CSV later. Slack only shares a file in a
// channel the bot is in: for a public channel the bot joins (channels:join)
// and tries once more. A refusal comes back as a value saying why, so the
// caller can fall back to text and tell the person how to fix it.

export interface UploadFile {
  filename: string;
  title: string;
  data: Buffer;
}

export type UploadRefusal =
  | { reason: 'missing-scope'; scope: string }
  | { reason: 'private-channel' }
  | { reason: 'not-in-channel' }
  | { reason: 'failed'; error: string };

export type UploadResult = { ok: true } | ({ ok: false } & UploadRefusal);

/** Slack's error code from a failed Web API call (`not_in_channel`), or the error's message. */
function slackError(error: unknown): { code: string; needed?: string } {
  const data = (error as { data?: { error?: string; needed?: string } }).data;
  if (data?.error) return { code: data.error, needed: data.needed };
  return { code: error instanceof Error ? error.message : String(error) };
}

function refusal(error: unknown): UploadResult {
  const { code, needed } = slackError(error);
  if (code === 'missing_scope') return { ok: false, reason: 'missing-scope', scope: needed ?? '' };
  if (code === 'method_not_supported_for_channel_type')
    return { ok: false, reason: 'private-channel' };
  if (code === 'not_in_channel' || code === 'channel_not_found')
    return { ok: false, reason: 'not-in-channel' };
  return { ok: false, reason: 'failed', error: code };
}

async function upload(
  client: webApi.WebClient,
  channelId: string,
  files: readonly UploadFile[],
  comment: string,
): Promise<void> {
  await client.filesUploadV2({
    channel_id: channelId,
    initial_comment: comment,
    file_uploads: files.map((file) => ({
      file: file.data,
      filename: file.filename,
      title: file.title,
    })),
  });
}

export async function uploadToChannel(
  client: webApi.WebClient,
  channelId: string,
  files: readonly UploadFile[],
  comment: string,
): Promise<UploadResult> {
  try {
    await upload(client, channelId, files, comment);
    return { ok: true };
  } catch (error) {
    const first = refusal(error);
    if (first.ok || first.reason !== 'not-in-channel') return first;
  }
  try {
    await client.conversations.join({ channel: channelId });
  } catch (error) {
    const joined = refusal(error);
    // A private channel the bot is not in answers not_in_channel to join as well.
    return !joined.ok && joined.reason === 'not-in-channel'
      ? { ok: false, reason: 'private-channel' }
      : joined;
  }
  try {
    await upload(client, channelId, files, comment);
    return { ok: true };
  } catch (error) {
    return refusal(error);
  }
}
