import type { APIEmbed } from 'discord.js';
import type { ChartPicture } from '../../src/index.js';

// Charts travel as PNG attachments shown as embed images: the first in the
// reply's own embed, the others (brief has three) in one embed each.

export interface ChartFile {
  name: string;
  attachment: Buffer;
  /** Alt text for screen readers: the chart's title, in the reply's language. */
  description?: string;
}

/** Discord's limit on an attachment's description. */
const MAX_ALT_TEXT = 1024;

const fileName = (index: number) => `chart-${index + 1}.png`;

export function chartFiles(
  pictures: readonly ChartPicture[],
  titles: readonly string[] = [],
): ChartFile[] {
  return pictures.map((picture, index) => {
    const title = titles[index]?.trim().slice(0, MAX_ALT_TEXT);
    const file = { name: fileName(index), attachment: picture.png };
    return title ? { ...file, description: title } : file;
  });
}

/** The reply's embed showing the first picture, then one embed per further picture. */
export function embedsWithPictures(main: APIEmbed, pictures: readonly ChartPicture[]): APIEmbed[] {
  if (pictures.length === 0) return [main];
  const image = (index: number) => ({ url: `attachment://${fileName(index)}` });
  return [
    { ...main, image: image(0) },
    ...pictures.slice(1).map((_, index) => ({ color: main.color, image: image(index + 1) })),
  ];
}
