import { type Assay, renderChartPng, replyCharts } from '../src/index.js';
import { atMost, num, type Row } from './bench-table.js';
import { spread } from './measure.js';

// Chart render time: the reply's chart data → SVG → PNG with the shipped font,
// on the thread that asks (what `--png` does; the bots use resvg's worker).

const RUNS = 40;
const WARM_UP = 3;
const P95_TARGET_MS = 100;
const COMMANDS = ['stats by:country', 'stats by:mineral,area', 'stats by:country,mineral'];

export function benchChartRender(assay: Assay): Row[] {
  return COMMANDS.map((command) => {
    const reply = assay.run(command);
    const chart = replyCharts(reply)[0];
    if (!chart) throw new Error(`${command} carries no chart`);
    for (let run = 0; run < WARM_UP; run++) renderChartPng(chart, reply.data);
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      renderChartPng(chart, reply.data);
      samples.push(performance.now() - started);
    }
    const { median, p95 } = spread(samples);
    return {
      measure: `chart \`${command}\` → PNG ms, median / p95 (${RUNS} renders)`,
      records: 'shipped',
      assay: `${num(median)} / ${num(p95)}`,
      target: `p95 ≤ ${P95_TARGET_MS} ms`,
      status: atMost(p95, P95_TARGET_MS, 'ms'),
    };
  });
}
