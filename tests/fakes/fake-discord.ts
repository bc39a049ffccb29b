import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIMessage, APIUser } from 'discord.js';
import {
  choiceProblems,
  commandProblems,
  type MessageBody,
  messageProblems,
} from './discord-limits.js';
import { FakeGateway } from './fake-discord-gateway.js';
import { FakeInteractions, type InteractionResult } from './fake-discord-interactions.js';
import {
  type CommandOptionValue,
  type Languages,
  makeGuild,
  makeUser,
  snowflake,
} from './fake-discord-payloads.js';
import { attachmentProblems, parseMultipart, type WithUploads } from './fake-discord-uploads.js';

// A local stand-in for Discord: the REST routes the bot uses (GET /gateway/bot,
// interaction callbacks, webhook edits and follow-ups, command PUTs) and the
// gateway WebSocket on the same port. Bodies that break Discord's limits get
// the 400 Discord would send, and are kept in `rejected` for the tests.

export type { InteractionResult } from './fake-discord-interactions.js';

export interface FakeDiscordOptions {
  token?: string;
  appId?: string;
  /** HELLO's heartbeat_interval; short so tests see heartbeats and ACKs. */
  heartbeatInterval?: number;
  /** What GET /gateway/bot recommends: `shards` and `session_start_limit.max_concurrency`. */
  shards?: number;
  maxConcurrency?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  authorization: string | undefined;
  body: unknown;
}

export interface Rejection {
  path: string;
  problems: string[];
}

type Handler = (match: RegExpExecArray, body: unknown, req: IncomingMessage) => [number, unknown];

export class FakeDiscord {
  readonly token: string;
  readonly appId: string;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly botUser: APIUser;
  readonly human = makeUser(snowflake(), 'ama');
  readonly requests: RecordedRequest[] = [];
  readonly rejected: Rejection[] = [];
  /** Command PUTs, by route (`/applications/…/commands` or `…/guilds/…/commands`). */
  readonly registered = new Map<string, unknown[]>();
  readonly gateway: FakeGateway;
  readonly interactions: FakeInteractions;
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly routes: [string, RegExp, Handler][];
  private readonly plan: { shards: number; maxConcurrency: number };

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? 'fake-bot-token.secret';
    this.appId = options.appId ?? snowflake();
    this.botUser = makeUser(this.appId, 'Assay', true);
    this.plan = { shards: options.shards ?? 1, maxConcurrency: options.maxConcurrency ?? 1 };
    this.gateway = new FakeGateway(
      {
        token: this.token,
        guildId: this.guildId,
        heartbeatInterval: options.heartbeatInterval ?? 250,
        ready: () => ({
          v: 10,
          user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
          application: { id: this.appId, flags: 0 },
        }),
        guildCreate: () => makeGuild(this.guildId, this.channelId, this.human.id),
      },
      () => this.gatewayUrl,
    );
    this.interactions = new FakeInteractions(this);
    this.server.on('upgrade', (req, socket, head) => {
      if (new URL(req.url ?? '/', 'http://fake').pathname === '/gateway')
        this.gateway.upgrade(req, socket, head);
      else socket.destroy();
    });
    const i = this.interactions;
    // An interaction's webhook id is the application id.
    const hook =
      (handler: Handler): Handler =>
      (m, b, r) =>
        m[1] === this.appId ? handler(m, b, r) : [404, { code: 10015, message: 'Unknown Webhook' }];
    const message = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/;
    this.routes = [
      ['GET', /^\/gateway\/bot$/, () => this.gatewayBot()],
      ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (m, b) => i.callback(m[1], m[2], b)],
      ['PATCH', message, hook((m, b) => i.edit(m[2], m[3], b))],
      ['GET', message, hook((m) => i.fetch(m[2], m[3]))],
      ['DELETE', message, hook((m) => i.remove(m[2], m[3]))],
      ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, hook((m, b) => i.followUp(m[2], b))],
      [
        'PUT',
        /^\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/,
        (m, b, r) => this.putCommands(m, b, r),
      ],
    ];
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL is set to: discord.js appends `/v10/…`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this;
  }

  async stop(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Forgets what it recorded, so a bench's heap figures show the bot's memory, not the fake's. */
  reset(): void {
    this.requests.length = 0;
    this.rejected.length = 0;
    this.interactions.reset();
    this.gateway.forget();
  }

  /** `/assay <subcommand> name:value…` typed by a member; resolves when it is answered. */
  command(subcommand: string, options: Record<string, CommandOptionValue> = {}, at?: number) {
    return this.interactions.dispatchCommand(subcommand, options, at);
  }

  autocomplete(subcommand: string, options: Record<string, string | number>, focused: string) {
    return this.interactions.dispatchAutocomplete(subcommand, options, focused);
  }

  click(message: APIMessage, customId: string, user?: APIUser): Promise<InteractionResult> {
    return this.interactions.dispatchButton(message, customId, user);
  }

  /** `/assay …` from a member whose Discord reads another language (`{ locale: 'fr' }`). */
  commandIn(
    locales: Languages,
    subcommand: string,
    options: Record<string, string | number> = {},
  ): Promise<InteractionResult> {
    return this.interactions.dispatchCommandAs({ command: 'assay', locales }, subcommand, options);
  }

  /** A button pressed by a member reading another language. */
  clickIn(locales: Languages, message: APIMessage, customId: string, user?: APIUser) {
    return this.interactions.dispatchButton(
      message,
      customId,
      user,
      Date.now(),
      undefined,
      locales,
    );
  }

  /** Picks `value` in the select menu `customId` of `message`. */
  select(message: APIMessage, customId: string, value: string, user?: APIUser) {
    return this.interactions.dispatchSelect(message, customId, [value], user);
  }

  /** Problems with a message body, recorded as a rejection when there are any. */
  checkMessage(path: string, body: MessageBody): string[] {
    const problems = [...messageProblems(body), ...attachmentProblems(body as WithUploads)];
    if (problems.length > 0) this.rejected.push({ path, problems });
    return problems;
  }

  checkChoices(path: string, choices: { name: string; value: string | number }[]): string[] {
    const problems = choiceProblems(choices);
    if (problems.length > 0) this.rejected.push({ path, problems });
    return problems;
  }

  private gatewayBot(): [number, unknown] {
    const { shards, maxConcurrency } = this.plan;
    const limit = {
      total: 1000,
      remaining: 999,
      reset_after: 14_400_000,
      max_concurrency: maxConcurrency,
    };
    return [200, { url: this.gatewayUrl, shards, session_start_limit: limit }];
  }

  private putCommands(
    match: RegExpExecArray,
    body: unknown,
    req: IncomingMessage,
  ): [number, unknown] {
    if (match[1] !== this.appId) return [403, { code: 50001, message: 'Missing Access' }];
    const commands = Array.isArray(body) ? (body as Parameters<typeof commandProblems>[0]) : [];
    const problems = commandProblems(commands);
    if (problems.length > 0) {
      this.rejected.push({ path: req.url ?? '', problems });
      return [400, { code: 50035, message: 'Invalid Form Body', errors: problems }];
    }
    this.registered.set(
      new URL(req.url ?? '/', 'http://fake').pathname.replace(/^\/api\/v10/, ''),
      commands,
    );
    return [
      200,
      commands.map((command) => ({ ...command, id: snowflake(), application_id: this.appId })),
    ];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10(?=\/)/, '');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    const body: unknown = type.startsWith('multipart/form-data')
      ? await parseMultipart(raw, type)
      : raw.length > 0
        ? JSON.parse(raw.toString('utf8'))
        : undefined;
    const authorization = req.headers.authorization;
    this.requests.push({ method: req.method ?? '', path, query: url.search, authorization, body });
    const route = this.routes.find(
      ([method, pattern]) => method === req.method && pattern.test(path),
    );
    const needsAuth = route && !/^\/(interactions|webhooks)\//.test(path);
    let [status, payload]: [number, unknown] = [404, { code: 0, message: '404: Not Found' }];
    if (needsAuth && authorization !== `Bot ${this.token}`)
      [status, payload] = [401, { code: 0, message: '401: Unauthorized' }];
    else if (route) [status, payload] = route[2](route[1].exec(path) as RegExpExecArray, body, req);
    // 204 carries no body and no content type, as Discord sends it (discord.js parses JSON by type).
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).start();
}
