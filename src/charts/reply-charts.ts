import type { ChartSpec, Reply, Section } from '../reply.js';

/** The charts a reply carries, in the order its sections show them. */
export function replyCharts(reply: Reply): ChartSpec[] {
  return reply.sections.flatMap((section) =>
    section.type === 'chart' && section.chart ? [section.chart] : [],
  );
}

/**
 * The reply without the text version of its first `pictured` charts, and the
 * heading naming each (the picture carries its own title).
 */
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
