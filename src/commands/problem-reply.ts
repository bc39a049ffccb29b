import type { ProblemReply, Suggestion } from '../reply.js';

/** An expected failure as a reply: what was wrong, and an example that works. */
export function problemReply(
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
    title: problem === 'usage' ? 'That command needs a change' : 'Not found',
    sections: [
      { type: 'text', text: message },
      { type: 'text', text: `Try: ${example}` },
    ],
    suggestions,
    shareable: false,
  };
}
