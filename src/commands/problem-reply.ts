import type { Translate } from '../i18n/index.js';
import type { ProblemReply, Suggestion } from '../reply.js';

/** An expected failure as a reply: what was wrong (already worded), and an example that works. */
export function problemReply(
  t: Translate,
  problem: ProblemReply['problem'],
  message: string,
  example: string,
  query: string,
  suggestions: Suggestion[] = [],
): ProblemReply {
  return {
    kind: 'problem',
    problem,
    message,
    example,
    query,
    title: t(`problems:title.${problem}`),
    sections: [
      { type: 'text', text: message },
      { type: 'text', text: t('problems:try', { example }) },
    ],
    suggestions,
    shareable: false,
  };
}
