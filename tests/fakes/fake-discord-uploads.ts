// Files sent to Discord: discord.js sends a message with files as
// multipart/form-data (the JSON in `payload_json`, each file in `files[n]`).
// The fake parses it as Discord does and checks that every `attachment://name`
// an embed points at was uploaded with the message.

export interface Upload {
  field: string;
  name: string;
  type: string;
  bytes: Buffer;
}

export interface WithUploads {
  uploads?: Upload[];
  embeds?: { image?: { url?: string }; thumbnail?: { url?: string } }[];
  [key: string]: unknown;
}

/** The message JSON with its files under `uploads`. */
export async function parseMultipart(raw: Buffer, contentType: string): Promise<WithUploads> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const payload = form.get('payload_json');
  const body: WithUploads = typeof payload === 'string' ? JSON.parse(payload) : {};
  const uploads: Upload[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') continue;
    uploads.push({
      field,
      name: value.name,
      type: value.type,
      bytes: Buffer.from(await value.arrayBuffer()),
    });
  }
  body.uploads = uploads;
  return body;
}

/** Embeds pointing at `attachment://…` files that did not come with the message. */
export function attachmentProblems(body: WithUploads): string[] {
  const names = new Set((body.uploads ?? []).map((upload) => upload.name));
  const problems: string[] = [];
  for (const [index, embed] of (body.embeds ?? []).entries()) {
    for (const url of [embed.image?.url, embed.thumbnail?.url]) {
      const name = url?.startsWith('attachment://') ? url.slice('attachment://'.length) : undefined;
      if (name !== undefined && !names.has(name))
        problems.push(`embeds[${index}] shows attachment://${name}, which was not uploaded`);
    }
  }
  return problems;
}
