import { writeFileSync } from 'node:fs';
import { type Reply, renderChartPng, replyCharts } from '../../src/index.js';

// `--png <file>`: the reply's chart as a picture. A reply with several charts
// (brief) writes the first to <file> and the next ones to <file>-2.png, -3...

function numbered(file: string, index: number): string {
  if (index === 0) return file;
  const dot = file.toLowerCase().endsWith('.png') ? file.length - 4 : file.length;
  return `${file.slice(0, dot)}-${index + 1}.png`;
}

/** Writes the charts and says where on stderr; false when the reply has none. */
export function writeCharts(reply: Reply, file: string): boolean {
  const charts = replyCharts(reply);
  if (charts.length === 0) {
    process.stderr.write(
      '--png: this reply has no chart. Charts come with stats, brief and compare, e.g. assay --png chart.png stats by:mineral\n',
    );
    return false;
  }
  charts.forEach((chart, index) => {
    const picture = renderChartPng(chart, reply.data, reply.locale);
    const path = numbered(file, index);
    writeFileSync(path, picture.png);
    process.stderr.write(`Chart written to ${path} (${picture.width}×${picture.height} px)\n`);
  });
  return true;
}
