import type { Json } from './fake-slack.js';

// Slack's file upload, as files.uploadV2 drives it: files.getUploadURLExternal
// hands out an upload URL and a file id, the bytes are POSTed there, then
// files.completeUploadExternal shares the file in a channel with its comment.
// Like Slack, it refuses without files:write, and refuses to share in a channel
// the bot is not in (not_in_channel); conversations.join lets the bot into a
// public channel with channels:join, never into a private one.

export interface ReceivedFile {
  id: string;
  filename: string;
  length: number;
  bytes?: Buffer;
  contentType?: string;
}

export interface SharedFiles {
  channelId: string;
  comment: string;
  files: ReceivedFile[];
}

export class FakeSlackFiles {
  scopes = new Set(['commands', 'files:write', 'channels:join']);
  /** Channels the bot is a member of. */
  readonly memberOf = new Set<string>();
  readonly privateChannels = new Set<string>();
  readonly files = new Map<string, ReceivedFile>();
  readonly shared: SharedFiles[] = [];
  /** The Web API methods and the upload, in the order they arrived. */
  readonly steps: string[] = [];
  private count = 0;
  private waiting: ((shared: SharedFiles) => void)[] = [];

  constructor(private readonly baseUrl: () => string) {}

  /** A Web API method's answer, or undefined when the method is not about files. */
  answer(method: string, args: Json): Json | undefined {
    if (method === 'files.getUploadURLExternal') return this.uploadUrl(args);
    if (method === 'files.completeUploadExternal') return this.complete(args);
    if (method === 'conversations.join') return this.join(String(args.channel ?? ''));
    return undefined;
  }

  /** The next files shared in a channel (already shared, or still to come). */
  nextShare(): Promise<SharedFiles> {
    const seen = this.shared.length;
    return new Promise((resolve) => {
      const check = (shared: SharedFiles) => resolve(shared);
      if (this.shared.length > seen) resolve(this.shared[seen] as SharedFiles);
      else this.waiting.push(check);
    });
  }

  /** The POST of a file's bytes to its upload URL (multipart, the bytes in one part). */
  async receive(id: string, raw: Buffer, contentType: string): Promise<boolean> {
    const file = this.files.get(id);
    if (!file) return false;
    this.steps.push('upload');
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    for (const value of form.values()) {
      if (typeof value === 'string') continue;
      file.bytes = Buffer.from(await value.arrayBuffer());
      file.contentType = value.type;
    }
    return file.bytes !== undefined;
  }

  private uploadUrl(args: Json): Json {
    this.steps.push('files.getUploadURLExternal');
    if (!this.scopes.has('files:write')) return missingScope('files:write');
    this.count += 1;
    const id = `F0FAKE${this.count}`;
    const filename = String(args.filename ?? '');
    const length = Number(args.length ?? 0);
    if (!filename || !(length > 0)) return { ok: false, error: 'invalid_arguments' };
    this.files.set(id, { id, filename, length });
    return { ok: true, upload_url: `${this.baseUrl()}/upload/${id}`, file_id: id };
  }

  private complete(args: Json): Json {
    this.steps.push('files.completeUploadExternal');
    if (!this.scopes.has('files:write')) return missingScope('files:write');
    const listed = (Array.isArray(args.files) ? args.files : []) as { id?: string }[];
    const files = listed.map((entry) => this.files.get(entry.id ?? ''));
    if (files.length === 0 || files.some((file) => !file?.bytes))
      return { ok: false, error: 'file_not_found' };
    const channelId = String(args.channel_id ?? '');
    if (channelId && !this.memberOf.has(channelId)) return { ok: false, error: 'not_in_channel' };
    const received = files as ReceivedFile[];
    const shared = { channelId, comment: String(args.initial_comment ?? ''), files: received };
    this.shared.push(shared);
    for (const resolve of this.waiting.splice(0)) resolve(shared);
    return { ok: true, files: received.map((file) => ({ id: file.id, title: file.filename })) };
  }

  private join(channel: string): Json {
    this.steps.push('conversations.join');
    if (!this.scopes.has('channels:join')) return missingScope('channels:join');
    if (this.privateChannels.has(channel))
      return { ok: false, error: 'method_not_supported_for_channel_type' };
    this.memberOf.add(channel);
    return { ok: true, channel: { id: channel } };
  }
}

const missingScope = (needed: string): Json => ({
  ok: false,
  error: 'missing_scope',
  needed,
  provided: 'commands',
});
