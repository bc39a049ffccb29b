import type { APIEmbed } from 'discord.js';
import type { ChartPicture, Reply, Section } from '../../src/index.js';

// Charts travel as PNG attachments shown as embed images: the first in the
// reply's own embed, the others (brief has three) in one embed each. A
// pictured chart's text version, and the heading naming it, leave the embed.

export interface ChartFile {
  name: string;
  attachment: Buffer;
}

const fileName = (index: number) => `chart-${index + 1}.png`;

export function chartFiles(pictures: readonly ChartPicture[]): ChartFile[] {
  return pictures.map((picture, index) => ({ name: fileName(index), attachment: picture.png }));
}

/** The reply without the text charts its pictures replace. */
export function withoutPicturedCharts(reply: Reply, pictured: number): Reply {
  if (pictured === 0) return reply;
  const sections: Section[] = [];
  let left = pictured;
  for (const section of reply.sections) {
    if (section.type === 'chart' && section.chart && left > 0) {
      left--;
      if (sections.at(-1)?.type === 'heading') sections.pop();
      continue;
    }
    sections.push(section);
  }
  return { ...reply, sections };
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
