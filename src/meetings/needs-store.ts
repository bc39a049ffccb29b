import { problemReply } from '../commands/problem-reply.js';
import type { Translate } from '../i18n/index.js';
import type { ProblemReply } from '../reply.js';

/** The answer of a meeting command called through the door without a store (tests, bench). */
export function needsStore(t: Translate, text: string): ProblemReply {
  return problemReply(t, 'unavailable', t('meeting:needs-store'), 'search mercury ghana', text);
}
