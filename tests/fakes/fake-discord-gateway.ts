import { EventEmitter, once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

// The gateway half of the fake Discord: HELLO, IDENTIFY → READY (+ GUILD_CREATE),
// heartbeat ACK, RESUME → replay + RESUMED, and dispatches to the live socket. A sharded
// IDENTIFY (`shard: [id, count]`) gets the guild only on the shard that owns it, and that
// shard gets the guild's events, as Discord routes them: (guild_id >> 22) % count.
// Opcodes: https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway

const OP = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  invalidSession: 9,
  hello: 10,
  ack: 11,
};
const GUILDS_INTENT = 1;

interface Identify {
  token: string;
  intents: number;
  shard?: [number, number];
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface GatewaySetup {
  token: string;
  /** The one guild the fake serves, to route it to its shard. */
  guildId: string;
  heartbeatInterval: number;
  /** Builds READY's `d` for a new session (the gateway fills in session_id, resume URL, shard, guilds). */
  ready: () => Record<string, unknown>;
  /** Dispatched right after READY, as Discord does for each guild with the Guilds intent. */
  guildCreate: () => Record<string, unknown>;
}

type ShardPair = [id: number, count: number];

interface Session {
  id: string;
  seq: number;
  history: GatewayFrame[];
  socket: WebSocket | null;
  shard: ShardPair;
}

/** https://discord.com/developers/docs/events/gateway#sharding */
export const shardOf = (guildId: string, count: number): number =>
  Number((BigInt(guildId) >> 22n) % BigInt(count));

export class FakeGateway extends EventEmitter {
  readonly server = new WebSocketServer({ noServer: true });
  /** Every frame the bot sent, in order (IDENTIFY carries the token: tests must not print it). */
  readonly received: GatewayFrame[] = [];
  /** Query strings the bot connected with (`v`, `encoding`, `compress`). */
  readonly connections: URLSearchParams[] = [];
  /** Every session identified, in order; several bots (instances, shards) may be connected. */
  private readonly sessions: Session[] = [];
  /** The session events are dispatched on: the newest, unless a test targets another. */
  private session: Session | null = null;

  constructor(
    private readonly setup: GatewaySetup,
    private readonly url: () => string,
  ) {
    super();
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(request.url ?? '/', 'http://fake').searchParams;
    this.server.handleUpgrade(request, socket, head, (ws) => this.open(ws, query));
  }

  private open(ws: WebSocket, query: URLSearchParams): void {
    this.connections.push(query);
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      ws.close(4002, 'this fake speaks uncompressed JSON only');
      return;
    }
    ws.on('message', (raw) => this.receive(ws, JSON.parse(String(raw)) as GatewayFrame));
    ws.on('close', () => {
      for (const session of this.sessions) if (session.socket === ws) session.socket = null;
    });
    this.send(ws, { op: OP.hello, d: { heartbeat_interval: this.setup.heartbeatInterval } });
  }

  private send(ws: WebSocket, frame: GatewayFrame): void {
    ws.send(JSON.stringify({ s: null, t: null, ...frame }));
  }

  private receive(ws: WebSocket, frame: GatewayFrame): void {
    this.received.push(frame);
    if (frame.op === OP.heartbeat) {
      this.send(ws, { op: OP.ack, d: null });
      this.emit('heartbeat');
    } else if (frame.op === OP.identify) this.identify(ws, frame.d as Identify);
    else if (frame.op === OP.resume)
      this.resume(ws, frame.d as { token: string; session_id: string; seq: number });
  }

  private identify(ws: WebSocket, d: Identify): void {
    if (d.token !== this.setup.token) return void ws.close(4004, 'Authentication failed');
    if ((d.intents & GUILDS_INTENT) === 0) return void ws.close(4013, 'Invalid intent(s)');
    const shard = d.shard ?? [0, 1];
    const [id, count] = shard;
    if (!(count >= 1 && id >= 0 && id < count)) return void ws.close(4010, 'Invalid shard');
    const sessionId = `session-${this.sessions.length + 1}`;
    this.session = { id: sessionId, seq: 0, history: [], socket: ws, shard };
    this.sessions.push(this.session);
    const owns = shardOf(this.setup.guildId, count) === id;
    const ready = {
      ...this.setup.ready(),
      guilds: owns ? [{ id: this.setup.guildId, unavailable: true }] : [],
      shard,
      session_id: this.session.id,
      resume_gateway_url: this.url(),
    };
    this.dispatchNow('READY', ready);
    if (owns) this.dispatchNow('GUILD_CREATE', this.setup.guildCreate());
    this.emit('ready');
    this.emit('live');
  }

  private resume(ws: WebSocket, d: { token: string; session_id: string; seq: number }): void {
    const session = this.sessions.find((known) => known.id === d.session_id);
    if (d.token !== this.setup.token || !session) {
      this.send(ws, { op: OP.invalidSession, d: false });
      return;
    }
    session.socket = ws;
    for (const frame of session.history.filter((f) => (f.s ?? 0) > d.seq))
      ws.send(JSON.stringify(frame));
    this.dispatchNow('RESUMED', {});
    this.emit('resumed');
    this.emit('live');
  }

  private dispatchNow(t: string, d: unknown, session = this.session): void {
    if (!session?.socket) throw new Error(`no live gateway session to dispatch ${t} on`);
    session.seq += 1;
    const frame: GatewayFrame = { op: OP.dispatch, t, s: session.seq, d };
    session.history.push(frame);
    session.socket.send(JSON.stringify(frame));
  }

  /** How many sessions were identified so far (one per bot login). */
  get sessionCount(): number {
    return this.sessions.length;
  }

  /** Dispatches go to the `index`th session identified (0: the first bot to log in). */
  target(index: number): void {
    const session = this.sessions[index];
    if (!session) throw new Error(`no gateway session ${index} (${this.sessions.length} so far)`);
    this.session = session;
  }

  /** Drops recorded frames and the resume history (between bench rounds, nothing in flight). */
  forget(): void {
    this.received.length = 0;
    for (const session of this.sessions) session.history.length = 0;
  }

  /** Identified sessions as [shard id, shard count], in order (one per bot login). */
  get shards(): ShardPair[] {
    return this.sessions.map((session) => session.shard);
  }

  /**
   * Sends an event to the bot, waiting for a live session first (e.g. during a resume).
   * When the targeted session is one of several shards, the guild's own shard gets it.
   */
  async dispatch(t: string, d: unknown): Promise<void> {
    while (!this.session?.socket) await once(this, 'live');
    const [, count] = this.session.shard;
    const owner =
      count > 1
        ? this.sessions.find(
            (session) =>
              session.socket &&
              session.shard[1] === count &&
              session.shard[0] === shardOf(this.setup.guildId, count),
          )
        : undefined;
    this.dispatchNow(t, d, owner);
  }

  /** Drops the live connection the way a network blip does; resolves once the bot is back. */
  async drop(code = 4000): Promise<'resumed' | 'ready'> {
    const socket = this.session?.socket;
    if (!socket) throw new Error('no live gateway connection to drop');
    const back = Promise.race([
      once(this, 'resumed').then(() => 'resumed' as const),
      once(this, 'ready').then(() => 'ready' as const),
    ]);
    socket.close(code, 'fake network blip');
    return back;
  }

  /** Closes the live connection with `code` (4004: the token was revoked), not waiting for more. */
  closeLive(code: number, reason = 'closed by the fake'): void {
    this.session?.socket?.close(code, reason);
  }

  /** The network is gone: nothing the bot sends is read or answered any more. */
  freeze(): void {
    for (const client of this.server.clients) {
      (client as unknown as { _socket?: { pause(): void } })._socket?.pause();
    }
  }

  close(): void {
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }
}
