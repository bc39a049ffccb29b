import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type App,
  HTTPModuleFunctions,
  HTTPReceiver,
  isValidSlackRequest,
  type Logger,
  type Receiver,
} from '@slack/bolt';

// Bolt's HTTPReceiver refuses forged signatures and timestamps older than five minutes, but
// it accepts the same signed request again and again inside those five minutes. This receiver
// stands in front of it: a request whose signature checks out is admitted once; a repeat of
// its (timestamp, signature) pair is refused with 401. Everything else is bolt's own handling.

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's replay window: bolt refuses anything older, so nothing older needs remembering. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;
/** A bound on memory even under a flood of valid requests; the oldest are forgotten first. */
const MAX_REMEMBERED = 10_000;

export class SeenSignatures {
  private readonly expiries = new Map<string, number>();

  /** True the first time a (timestamp, signature) pair is seen inside its window. */
  admit(timestampSeconds: number, signature: string, nowMs = Date.now()): boolean {
    for (const [key, expiry] of this.expiries) {
      if (expiry <= nowMs) this.expiries.delete(key);
    }
    const key = `${timestampSeconds}:${signature}`;
    if (this.expiries.has(key)) return false;
    this.expiries.set(key, timestampSeconds * 1000 + SIGNATURE_WINDOW_MS);
    if (this.expiries.size > MAX_REMEMBERED) {
      const oldest = this.expiries.keys().next().value;
      if (oldest !== undefined) this.expiries.delete(oldest);
    }
    return true;
  }
}

export interface GuardedReceiverOptions {
  signingSecret: string;
  logger: Logger;
  port: number;
  host?: string;
}

export class ReplayGuardReceiver implements Receiver {
  private readonly inner: HTTPReceiver;
  private readonly seen = new SeenSignatures();
  private server?: Server;

  constructor(private readonly options: GuardedReceiverOptions) {
    this.inner = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      logger: options.logger,
    });
  }

  init(app: App): void {
    this.inner.init(app);
  }

  /** Listens on the configured port (0 picks a free one); resolves with the bound port. */
  start(): Promise<number> {
    const server = createServer((request, response) => void this.handle(request, response));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      if (request.method === 'POST' && pathOf(request) === SLACK_EVENTS_PATH) {
        // Buffered here, bolt reuses the body instead of reading the stream again.
        const buffered = await HTTPModuleFunctions.bufferIncomingMessage(request);
        if (!this.admit(buffered)) {
          this.options.logger.warn('Refused a Slack request whose signature was already used.');
          return end(response, 401);
        }
      }
      this.inner.requestListener(request, response);
    } catch (error) {
      if (HTTPModuleFunctions.isRawBodyError(error)) return end(response, 413);
      // HTTPReceiver throws for paths it does not serve.
      end(response, 404);
    }
  }

  /** Only validly signed requests are remembered; the rest are left to bolt to refuse. */
  private admit(request: IncomingMessage & { rawBody: Buffer }): boolean {
    const signature = request.headers['x-slack-signature'];
    const timestamp = Number(request.headers['x-slack-request-timestamp']);
    if (typeof signature !== 'string' || !Number.isFinite(timestamp)) return true;
    const valid = isValidSlackRequest({
      signingSecret: this.options.signingSecret,
      body: request.rawBody.toString(),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
    });
    if (!valid) return true;
    // Bolt only refuses old timestamps; one far in the future would outlive the window.
    if (timestamp * 1000 > Date.now() + SIGNATURE_WINDOW_MS) return false;
    return this.seen.admit(timestamp, signature);
  }
}

const pathOf = (request: IncomingMessage): string =>
  new URL(request.url ?? '/', 'http://localhost').pathname;

function end(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  response.writeHead(status);
  response.end();
}
