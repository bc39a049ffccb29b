import { setTimeout as sleep } from 'node:timers/promises';

// Every call Assay makes to Slack goes through here: a timeout on each attempt, a retry after
// a 429 (waiting its Retry-After) or a 5xx, and one time budget for the whole call, so a reply
// still lands while the person is waiting, or fails soon enough for an apology to reach them.

export interface OutboundPolicy {
  /** One attempt may take this long. */
  attemptMs: number;
  /** All attempts and waits together end within this. */
  totalMs: number;
}

export interface OutboundPolicies {
  /** response_url posts: answers, Share, Next and Previous. */
  reply: OutboundPolicy;
  /** The apology after a failure; reply + apology stay within about 10 s. */
  apology: OutboundPolicy;
  /** Web API methods (auth.test, apps.connections.open, chat.postEphemeral, ...). */
  webApi: OutboundPolicy;
}

export const OUTBOUND_POLICIES: OutboundPolicies = {
  reply: { attemptMs: 3000, totalMs: 5000 },
  apology: { attemptMs: 2500, totalMs: 5000 },
  webApi: { attemptMs: 5000, totalMs: 5000 },
};

const MAX_ATTEMPTS = 3;
/** The wait before retrying a 5xx or a dropped connection. */
const BACKOFF_MS = 250;

/** A call that did not get through; `reason` is one line and holds no URL (URLs hold secrets). */
export class OutboundFailure extends Error {
  constructor(
    readonly reason: string,
    readonly route: Route,
    readonly status?: number,
  ) {
    super(reason);
    this.name = 'OutboundFailure';
  }
}

type Fetch = typeof fetch;
export type Route = 'response_url' | 'web_api';

/**
 * Sends `init` to `url` until an answer that is not a 429 or 5xx comes back (resolved with it:
 * the caller judges a 4xx), or rejects with an OutboundFailure once the attempts run out or the
 * next wait would pass the budget: a Retry-After too long to wait is not waited for.
 */
export async function postWithRetry(
  url: string,
  init: RequestInit,
  policy: OutboundPolicy,
  route: Route = 'response_url',
): Promise<Response> {
  const deadline = Date.now() + policy.totalMs;
  for (let attempt = 1; ; attempt += 1) {
    const budget = Math.min(policy.attemptMs, deadline - Date.now());
    const signals = [AbortSignal.timeout(Math.max(1, budget)), init.signal].filter(
      (signal): signal is AbortSignal => signal instanceof AbortSignal,
    );
    let wait: number;
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.any(signals) });
      wait = retryWait(response);
      if (wait < 0) return response;
      await response.body?.cancel();
      if (attempt >= MAX_ATTEMPTS || Date.now() + wait >= deadline) {
        throw new OutboundFailure(statusReason(response, attempt, policy), route, response.status);
      }
    } catch (error) {
      if (error instanceof OutboundFailure || init.signal?.aborted) throw error;
      const reason = failureReason(error, budget);
      if (attempt >= MAX_ATTEMPTS || Date.now() + BACKOFF_MS >= deadline) {
        throw new OutboundFailure(`${reason} (${attempts(attempt)})`, route);
      }
      wait = BACKOFF_MS;
    }
    await sleep(wait);
  }
}

/** How long to wait before retrying this answer, or -1 when it should not be retried. */
function retryWait(response: Response): number {
  if (response.status >= 500) return BACKOFF_MS;
  if (response.status !== 429) return -1;
  return retryAfterMs(response.headers.get('retry-after')) ?? BACKOFF_MS;
}

/** Retry-After in seconds or as an HTTP date. */
export function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (header.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const attempts = (n: number) => `${n} attempt${n > 1 ? 's' : ''}`;

function statusReason(response: Response, attempt: number, policy: OutboundPolicy): string {
  const after = response.headers.get('retry-after');
  const wait = after === null ? '' : `, Retry-After ${after} s`;
  const budget = `within the ${policy.totalMs / 1000} s budget`;
  return `answered ${response.status}${wait}; gave up after ${attempts(attempt)} ${budget}`;
}

function failureReason(error: unknown, budget: number): string {
  const name = (error as { name?: unknown }).name;
  if (name === 'TimeoutError') return `no answer within ${Math.round(budget)} ms`;
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (typeof cause?.code === 'string') return `connection failed (${cause.code})`;
  return `request failed (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * The fetch handed to bolt (its `respond()` and its Web API client): Web API methods under
 * `apiUrl` get the webApi policy, everything else (response_url) the reply policy.
 */
export function outboundFetch(apiUrl: string, policies: OutboundPolicies): Fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const webApi = url.startsWith(apiUrl);
    const policy = webApi ? policies.webApi : policies.reply;
    return postWithRetry(url, init ?? {}, policy, webApi ? 'web_api' : 'response_url');
  };
}
