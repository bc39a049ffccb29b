import { problemReply } from '../commands/problem-reply.js';
import type { Translate } from '../i18n/index.js';
import type { ProblemReply } from '../reply.js';

/** The answer of a meeting command called through the door without a store (tests, bench). */
export function needsStore(t: Translate, text: string): ProblemReply {
  return problemReply(
    t,
    'unavailable',
    'Meetings, the digest and gaps need the store Assay opens at start; this run has none.',
    'search mercury ghana',
    text,
  );
}
