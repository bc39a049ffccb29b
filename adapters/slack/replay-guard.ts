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
import { PendingWork } from '../pending-work.js';
import { MemoryReplayKeys, type ReplayKeys } from './replay-keys.js';

// Bolt's HTTPReceiver refuses forged signatures and timestamps older than five minutes, but
// it accepts the same signed request again and again inside those five minutes. This receiver
// stands in front of it: a request whose signature checks out is admitted once; a repeat of
// its (timestamp, signature) pair is refused with 401. Everything else is bolt's own handling.

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's replay window: bolt refuses anything older, so nothing older needs remembering. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;
/**
 * How long a key is kept after it arrives. A request is accepted until its timestamp is five
 * minutes old, and a timestamp may be up to five minutes ahead of our clock (later ones are
 * refused below), so ten minutes from arrival covers every request bolt would still accept.
 */
export const REPLAY_RETENTION_MS = 2 * SIGNATURE_WINDOW_MS;

export interface GuardedReceiverOptions {
  signingSecret: string;
  logger: Logger;
  port: number;
  host?: string;
  /** Where seen keys are kept (default: this process's memory). */
  keys?: ReplayKeys;
}

export class ReplayGuardReceiver implements Receiver {
  private readonly inner: HTTPReceiver;
  private readonly keys: ReplayKeys;
  private readonly inFlight = new PendingWork();
  private server?: Server;

  constructor(private readonly options: GuardedReceiverOptions) {
    this.keys = options.keys ?? new MemoryReplayKeys(REPLAY_RETENTION_MS);
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
    const server = createServer((request, response) => {
      // In flight from the first byte until the response is done, so shutdown waits for it.
      const done = new Promise((resolve) => response.once('close', resolve));
      void this.inFlight.track(done);
      void this.handle(request, response);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  }

  /** Takes no new connections; resolves once the requests already arriving are answered. */
  stopAccepting(): Promise<void> {
    this.server?.close();
    return this.inFlight.drained();
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      if (!server.listening) return resolve(server.closeAllConnections());
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      if (request.method === 'POST' && pathOf(request) === SLACK_EVENTS_PATH) {
        // Buffered here, bolt reuses the body instead of reading the stream again.
        const buffered = await HTTPModuleFunctions.bufferIncomingMessage(request);
        if (!(await this.admit(buffered))) {
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
  private async admit(request: IncomingMessage & { rawBody: Buffer }): Promise<boolean> {
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
    const now = Date.now();
    if (timestamp * 1000 > now + SIGNATURE_WINDOW_MS) return false;
    return this.keys.admit(`${timestamp}:${signature}`, now);
  }
}

const pathOf = (request: IncomingMessage): string =>
  new URL(request.url ?? '/', 'http://localhost').pathname;

function end(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  response.writeHead(status);
  response.end();
}
