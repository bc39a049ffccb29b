import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultPlan } from './fake-slack-faults.js';
import { FakeSlackFiles } from './fake-slack-files.js';
import {
  type ButtonClick,
  blockActionPayload,
  formBody,
  signSlackBody,
  slashCommandFields,
} from './fake-slack-payloads.js';
import { FakeSocketMode } from './fake-slack-socket.js';
import { FakeSlackUsers } from './fake-slack-users.js';

// A local stand-in for Slack, on 127.0.0.1 and a free port. It plays both sides Slack plays:
// - towards the app: the Web API (auth.test, chat.postMessage, apps.connections.open, ...),
//   response_url endpoints, and a Socket Mode WebSocket (hello, envelopes, acks);
// - as the sender: signed slash commands and block_actions over HTTP, or envelopes over the socket.
// Every message the app sends back is kept in `messages` so tests can check each one.

export type Json = Record<string, unknown>;

export interface FakeSlackOptions {
  botToken: string;
  signingSecret: string;
  appToken?: string;
  command?: string;
}

export interface ApiCall {
  method: string;
  token?: string;
  args: Json;
}

/** A request sent to the app over HTTP and what came back. */
export interface HttpDelivery {
  status: number;
  /** The ack's JSON body, when the app answered inside the acknowledgement. */
  ack?: Json;
  responseUrl: string;
  body: string;
  headers: Record<string, string>;
}

export interface SignOverrides {
  timestamp?: number;
  signature?: string;
}

export class FakeSlack {
  readonly apiCalls: ApiCall[] = [];
  /** Every message the app sent: acks with a body, response_url posts, chat.postMessage args. */
  readonly messages: Json[] = [];
  /** Faults to produce on the next requests (see fake-slack-faults.ts). */
  readonly faults = new FaultPlan();
  /** Every request that reached a response_url or the Web API, faulted or not, in order. */
  readonly attempts: { route: string; at: number }[] = [];
  /** File uploads (files.uploadV2's three steps), scopes and channel membership. */
  readonly files = new FakeSlackFiles(() => this.baseUrl);
  /** users.info: each user's language, and a refusal to answer it. */
  readonly users = new FakeSlackUsers();
  /** Where the app listens in HTTP mode (set once it has started). */
  botUrl = '';
  private readonly queued = new Map<string, Json[]>();
  private readonly waiting = new Map<string, ((body: Json) => void)[]>();
  private readonly socket = new FakeSocketMode((payload) => this.messages.push(payload));
  private responseCount = 0;
  private appTokenRevoked = false;

  private constructor(
    readonly options: FakeSlackOptions,
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(options: FakeSlackOptions): Promise<FakeSlack> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeSlack(options, server, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => void fake.route(request, response));
    server.on('upgrade', (request, socket, head) => fake.socket.upgrade(request, socket, head));
    return fake;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  get commandName(): string {
    return this.options.command ?? '/assay';
  }

  newResponseUrl(): string {
    this.responseCount += 1;
    return `${this.baseUrl}/response/${this.responseCount}`;
  }

  /** The next message posted to `responseUrl` (already received, or still to come). */
  nextPost(responseUrl: string): Promise<Json> {
    const queued = this.queued.get(responseUrl);
    const first = queued?.shift();
    if (first) return Promise.resolve(first);
    return new Promise((resolve) => {
      this.waiting.set(responseUrl, [...(this.waiting.get(responseUrl) ?? []), resolve]);
    });
  }

  // --- HTTP: signed requests, exactly as Slack sends them ---------------------------------

  command(text: string, userId?: string, sign: SignOverrides = {}): Promise<HttpDelivery> {
    const responseUrl = this.newResponseUrl();
    const fields = slashCommandFields({ command: this.commandName, text, responseUrl, userId });
    return this.sendSigned(formBody(fields), responseUrl, sign);
  }

  click(click: Omit<ButtonClick, 'responseUrl'>, sign: SignOverrides = {}): Promise<HttpDelivery> {
    const responseUrl = this.newResponseUrl();
    const payload = JSON.stringify(blockActionPayload({ ...click, responseUrl }));
    return this.sendSigned(formBody({ payload }), responseUrl, sign);
  }

  async sendSigned(body: string, responseUrl: string, sign: SignOverrides = {}) {
    const timestamp = sign.timestamp ?? Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature':
        sign.signature ?? signSlackBody(this.options.signingSecret, timestamp, body),
    };
    return this.deliver({ status: 0, responseUrl, body, headers });
  }

  /** Sends a request again, byte for byte (a replay). */
  async deliver(request: HttpDelivery): Promise<HttpDelivery> {
    const { body, headers, responseUrl } = request;
    const response = await fetch(this.botUrl, { method: 'POST', headers, body });
    const text = await response.text();
    const ack = text.startsWith('{') ? (JSON.parse(text) as Json) : undefined;
    if (ack) this.messages.push(ack);
    return { status: response.status, ack, responseUrl, body, headers };
  }

  // --- Socket Mode ---------------------------------------------------------------------------

  /** Resolves once an app has connected and been greeted with `hello`. */
  socketReady(): Promise<void> {
    return this.socket.ready();
  }

  async socketCommand(text: string, userId?: string) {
    const responseUrl = this.newResponseUrl();
    const payload = slashCommandFields({ command: this.commandName, text, responseUrl, userId });
    const ack = await this.socket.send('slash_commands', payload, true);
    return { ack: Object.keys(ack).length > 0 ? ack : undefined, responseUrl };
  }

  async socketClick(click: Omit<ButtonClick, 'responseUrl'>) {
    const responseUrl = this.newResponseUrl();
    const payload = blockActionPayload({ ...click, responseUrl });
    const ack = await this.socket.send('interactive', payload, false);
    return { ack, responseUrl };
  }

  async stop(): Promise<void> {
    this.faults.releaseHanging();
    this.socket.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // --- the server side ---------------------------------------------------------------------

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', this.baseUrl).pathname;
    const bytes = await readBody(request);
    const raw = bytes.toString();
    const route = path.startsWith('/api/') ? path.slice('/api/'.length) : 'response';
    this.attempts.push({ route, at: Date.now() });
    if (await this.faults.apply(route, response)) return;
    if (path.startsWith('/upload/')) {
      const type = request.headers['content-type'] ?? '';
      const ok = await this.files.receive(path.slice('/upload/'.length), bytes, type);
      response.writeHead(ok ? 200 : 404).end(ok ? 'OK - 1' : 'not found');
      return;
    }
    if (path.startsWith('/response/')) {
      const body = JSON.parse(raw) as Json;
      this.messages.push(body);
      this.post(`${this.baseUrl}${path}`, body);
      return sendJson(response, { ok: true });
    }
    if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const args = parseArgs(raw, request.headers['content-type']);
      const bearer = request.headers.authorization?.replace(/^Bearer /, '');
      const token = bearer || (typeof args.token === 'string' ? args.token : undefined);
      this.apiCalls.push({ method, token, args });
      return sendJson(response, this.answerApi(method, token, args));
    }
    response.writeHead(404).end();
  }

  /** Slack's routine `disconnect` (refresh_requested); resolves once the app has reconnected. */
  refresh(): Promise<void> {
    const reconnected = this.socket.nextGreeting();
    this.socket.refresh();
    return reconnected;
  }

  /** Forgets what it recorded (between bench rounds, nothing in flight). */
  reset(): void {
    this.messages.length = 0;
    this.attempts.length = 0;
    this.apiCalls.length = 0;
    this.queued.clear();
    for (const [url, waiters] of this.waiting) if (waiters.length === 0) this.waiting.delete(url);
  }

  /** Revokes the app token, then asks the connected app to reconnect, as Slack's refresh does. */
  revokeAppTokenAndRefresh(): void {
    this.appTokenRevoked = true;
    this.socket.refresh();
  }

  private answerApi(method: string, token: string | undefined, args: Json): Json {
    const { botToken, appToken } = this.options;
    if (method === 'apps.connections.open') {
      if (!appToken || token !== appToken || this.appTokenRevoked) {
        return { ok: false, error: 'invalid_auth' };
      }
      return { ok: true, url: this.socket.issueUrl(this.baseUrl) };
    }
    if (token !== botToken) return { ok: false, error: 'invalid_auth' };
    const files = this.files.answer(method, args) ?? this.users.answer(method, args);
    if (files) return files;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://workshop.slack.com/',
          team: 'Workshop',
          user: 'assay',
          team_id: 'T0FAKE001',
          user_id: 'U0ASSAYBOT',
          bot_id: 'B0ASSAYBOT',
          is_enterprise_install: false,
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        this.messages.push(args);
        return { ok: true, channel: args.channel, ts: `${Date.now() / 1000}` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private post(url: string, body: Json): void {
    const waiter = this.waiting.get(url)?.shift();
    if (waiter) waiter(body);
    else this.queued.set(url, [...(this.queued.get(url) ?? []), body]);
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The Web API takes form fields (objects JSON-encoded inside them) or a JSON body. */
function parseArgs(raw: string, contentType: string | undefined): Json {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Json) : {};
  const args: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? parseJsonOr(value) : value;
  }
  return args;
}

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function sendJson(response: ServerResponse, body: Json): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
