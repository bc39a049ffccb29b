import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Upload } from '../../fakes/fake-discord-uploads.js';
import { darkPixels, decodePng } from '../../support/decode-png.js';
import { buttonsOf, EPHEMERAL, embedOf, type Harness, startHarness } from './discord-harness.js';

// Charts as pictures on Discord: the PNG goes with the private reply (as the
// embed's image) and is uploaded again when the reply is shared, since an
// ephemeral message's attachments expire.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

function uploadsOf(result: { body: object }): Upload[] {
  return ((result.body as { uploads?: Upload[] }).uploads as Upload[] | undefined) ?? [];
}

function expectChartPng(upload: Upload | undefined, name: string): void {
  expect(upload?.name).toBe(name);
  const image = decodePng(upload?.bytes ?? Buffer.alloc(0));
  expect(image.width).toBe(960);
  expect(darkPixels(image)).toBeGreaterThan(2000);
}

describe('a stats reply on Discord', () => {
  it('carries its chart as a PNG attachment shown as the private embed’s image', async () => {
    const asked = await h.fake.command('stats', { by: 'mineral' });
    expect(asked.callbackType).toBe(4);
    expect((asked.body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const uploads = uploadsOf(asked);
    expect(uploads).toHaveLength(1);
    expectChartPng(uploads[0], 'chart-1.png');
    const embed = embedOf(asked) as { image?: { url: string }; description?: string };
    expect(embed.image?.url).toBe('attachment://chart-1.png');
    // The picture replaces the text chart; the notes stay.
    expect(embed.description ?? '').not.toContain('█');
    expect(h.fake.rejected).toEqual([]);
  });

  it('gives the picture its chart title as alt text, in the reader’s language', async () => {
    const asked = await h.fake.commandIn({ locale: 'fr' }, 'stats', { by: 'mineral' });
    const reply = h.assay.runOptions(
      'stats',
      { by: 'mineral' },
      {
        platform: 'discord',
        facilitator: false,
        locale: 'fr',
      },
    );
    const title = reply.sections.find((section) => section.type === 'chart')?.chart?.title;
    expect(title).toBeTruthy();
    const attachments = (asked.body as { attachments?: { description?: string }[] }).attachments;
    expect(attachments?.map((attachment) => attachment.description)).toEqual([title]);
  });

  it('Share uploads the picture again with the public message', async () => {
    const asked = await h.fake.command('stats', { by: 'mineral,area' });
    if (!asked.message) throw new Error('the reply was not stored');
    const shareId = buttonsOf(asked).get('Share');
    if (!shareId) throw new Error('no Share button');
    const shared = await h.fake.click(asked.message, shareId);
    expect(shared.callbackType).toBe(4);
    expect((shared.body.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(shared.body.content).toContain('shared by');
    expectChartPng(uploadsOf(shared)[0], 'chart-1.png');
    expect((embedOf(shared) as { image?: { url: string } }).image?.url).toBe(
      'attachment://chart-1.png',
    );
    expect(h.fake.rejected).toEqual([]);
  });

  it('brief sends each breakdown as its own picture', async () => {
    const asked = await h.fake.command('brief', { topic: 'cobalt' });
    const uploads = uploadsOf(asked);
    expect(uploads.map((upload) => upload.name)).toEqual([
      'chart-1.png',
      'chart-2.png',
      'chart-3.png',
      'chart-4.png',
    ]);
    for (const upload of uploads) expectChartPng(upload, upload.name);
    const images = (asked.body.embeds as { image?: { url: string } }[]).map(
      (embed) => embed.image?.url,
    );
    expect(images).toEqual([
      'attachment://chart-1.png',
      'attachment://chart-2.png',
      'attachment://chart-3.png',
      'attachment://chart-4.png',
    ]);
    expect(h.fake.rejected).toEqual([]);
  });

  it('a search carries no picture and no upload', async () => {
    const asked = await h.fake.command('search', { query: 'mercury ghana' });
    expect(uploadsOf(asked)).toEqual([]);
    expect((embedOf(asked) as { image?: unknown }).image).toBeUndefined();
  });
});

describe('a chart on a fresh bot, before any chart was drawn', () => {
  let fresh: Harness;
  beforeAll(async () => {
    fresh = await startHarness();
  });
  afterAll(async () => fresh?.stop());

  it('defers an old interaction when drawing could pass the window, then edits in the picture', async () => {
    const age = 1300;
    const search = await fresh.fake.command('search', { query: 'cobalt' }, Date.now() - age);
    expect(search.callbackType).toBe(4);
    const stats = await fresh.fake.command('stats', { by: 'country' }, Date.now() - age);
    expect(stats.callbackType).toBe(5);
    const edit = stats.sent.find((sent) => sent.route === 'edit');
    expectChartPng(uploadsOf({ body: edit?.body ?? {} })[0], 'chart-1.png');
  });
});
