import type { APIEmbed } from 'discord.js';
import type { ChartPicture } from '../../src/index.js';

// Charts travel as PNG attachments shown as embed images: the first in the
// reply's own embed, the others (brief has three) in one embed each.

export interface ChartFile {
  name: string;
  attachment: Buffer;
}

const fileName = (index: number) => `chart-${index + 1}.png`;

export function chartFiles(pictures: readonly ChartPicture[]): ChartFile[] {
  return pictures.map((picture, index) => ({ name: fileName(index), attachment: picture.png }));
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
