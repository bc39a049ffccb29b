import type { ProblemReply, Suggestion } from '../reply.js';

const TITLES: Record<ProblemReply['problem'], string> = {
  usage: 'That command needs a change',
  'not-found': 'Not found',
  'no-results': 'Not found',
  'not-allowed': 'Only a facilitator can do that',
  unavailable: 'Sorry, that did not work',
};

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
    title: TITLES[problem],
    sections: [
      { type: 'text', text: message },
      { type: 'text', text: `Try: ${example}` },
    ],
    suggestions,
    shareable: false,
  };
}
