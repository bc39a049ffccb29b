import { OutboundFailure } from './post-with-retry.js';

// One line for the log about why a call failed: the reason Slack or the network gave,
// never a stack (that goes to the debug level) and never a URL (response_urls authorise posts).

export function describeFailure(error: unknown): string {
  const original = unwrap(error);
  if (original instanceof OutboundFailure) return original.reason;
  const data = (original as { data?: { error?: unknown } }).data;
  if (typeof data?.error === 'string') return `Slack answered ${data.error}`;
  const status = (original as { statusCode?: unknown; code?: unknown }).statusCode;
  if (typeof status === 'number') return `answered ${status}`;
  const message = original instanceof Error ? original.message : String(original);
  return message.split('\n')[0]?.replace(/https?:\/\/\S+/g, '[url]') ?? 'unknown error';
}

/** True when the response_url itself refused or never answered (so apologise elsewhere). */
export function failedOnResponseUrl(error: unknown): boolean {
  const original = unwrap(error);
  if (original instanceof OutboundFailure) return original.route === 'response_url';
  return (original as { code?: unknown }).code === 'slack_bolt_respond_error';
}

/** bolt and the Web API client wrap what our fetch threw in their own errors. */
function unwrap(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = (current as { original?: unknown; cause?: unknown } | undefined)?.original;
    if (inner === undefined) return current;
    current = inner;
  }
  return current;
}
