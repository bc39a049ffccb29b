import type { ServerResponse } from 'node:http';

// Faults the fake Slack can be told to produce, the way real Slack misbehaves: a 429 with
// Retry-After, a 500, or an answer that never comes. Each is queued for a route (`response`
// for response_url posts, or a Web API method such as `chat.postEphemeral`) and used once.

export type Fault =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 }
  | { status: 'hang' }
  /** Answers normally after `ms`, if the caller is still connected by then. */
  | { status: 'delay'; ms: number };

export class FaultPlan {
  private readonly queued = new Map<string, Fault[]>();
  /** Responses held open by `hang`, ended when the fake stops. */
  private readonly hanging = new Set<ServerResponse>();

  /** The next `times` requests to `route` get `fault`. */
  add(route: string, fault: Fault, times = 1): void {
    const list = this.queued.get(route) ?? [];
    for (let i = 0; i < times; i += 1) list.push(fault);
    this.queued.set(route, list);
  }

  /** Answers with the next fault for `route`; false when the request is to be answered normally. */
  async apply(route: string, response: ServerResponse): Promise<boolean> {
    const fault = this.queued.get(route)?.shift();
    if (!fault) return false;
    if (fault.status === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      // A caller that gave up (or a process that exited) does not get its message delivered.
      return response.socket?.destroyed !== false;
    }
    if (fault.status === 'hang') {
      this.hanging.add(response);
      response.on('close', () => this.hanging.delete(response));
      return true;
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.status === 429) headers['retry-after'] = String(fault.retryAfterSeconds);
    const error = fault.status === 429 ? 'rate_limited' : 'internal_error';
    response.writeHead(fault.status, headers).end(JSON.stringify({ ok: false, error }));
    return true;
  }

  /** Drops the faults not used yet and ends the hanging responses. */
  clear(): void {
    this.queued.clear();
    this.releaseHanging();
  }

  releaseHanging(): void {
    for (const response of this.hanging) response.destroy();
    this.hanging.clear();
  }
}
