import type { Reply } from '../reply.js';

/** Whether a reply left its question unanswered ('none') or answered it only weakly. */
export function gapOutcome(reply: Reply): 'none' | 'weak' | null {
  switch (reply.kind) {
    case 'search':
      if (reply.total === 0) return 'none';
      return reply.weak ? 'weak' : null;
    case 'lessons':
      return reply.total === 0 ? 'none' : null;
    case 'brief':
      return reply.counts.intervention + reply.counts.report + reply.counts.lesson === 0
        ? 'none'
        : null;
    default:
      return null;
  }
}
