import type { ChartSpec, Reply } from '../reply.js';

/** The charts a reply carries, in the order its sections show them. */
export function replyCharts(reply: Reply): ChartSpec[] {
  return reply.sections.flatMap((section) =>
    section.type === 'chart' && section.chart ? [section.chart] : [],
  );
}
