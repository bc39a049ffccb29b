import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

// Slack's side of Socket Mode: apps.connections.open hands out a one-time wss URL; the app
// connects, Slack greets it with `hello`, then sends envelopes
// `{ envelope_id, type, payload, accepts_response_payload }` and waits for
// `{ envelope_id, payload? }` acks. The ws server answers the client's pings by itself.

type Json = Record<string, unknown>;

export const SOCKET_PATH = '/link/';

export class FakeSocketMode {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly tickets = new Set<string>();
  private readonly acks = new Map<string, (payload: Json) => void>();
  private waiters: (() => void)[] = [];
  private greeted: (() => void)[] = [];

  /** `onAck` sees every non-empty ack payload (the replies sent inside acks). */
  constructor(private readonly onAck: (payload: Json) => void) {}

  /** A one-time URL, as apps.connections.open returns it. */
  issueUrl(baseUrl: string): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `${baseUrl.replace('http://', 'ws://')}${SOCKET_PATH}?ticket=${ticket}&app_id=A0FAKEAPP`;
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== SOCKET_PATH || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.greet(ws));
  }

  /** Resolves once an app has connected and been greeted. */
  ready(): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Sends an envelope to the connected app; resolves with the payload of its ack. */
  send(type: string, payload: Json, acceptsResponsePayload: boolean): Promise<Json> {
    // The newest connection: after a refresh the old one is on its way out.
    const socket = [...this.sockets].at(-1);
    if (!socket) return Promise.reject(new Error('no Socket Mode connection'));
    const envelopeId = randomUUID();
    const acked = new Promise<Json>((resolve) => this.acks.set(envelopeId, resolve));
    const envelope = { envelope_id: envelopeId, type, payload };
    socket.send(JSON.stringify({ ...envelope, accepts_response_payload: acceptsResponsePayload }));
    return acked;
  }

  /** Slack's routine `disconnect` (refresh_requested): the app should reconnect. */
  refresh(): void {
    const message = {
      type: 'disconnect',
      reason: 'refresh_requested',
      debug_info: { host: 'fake' },
    };
    for (const socket of this.sockets) socket.send(JSON.stringify(message));
  }

  /** Resolves when the next connection has been greeted (a reconnect). */
  nextGreeting(): Promise<void> {
    return new Promise((resolve) => this.greeted.push(resolve));
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
  }

  private greet(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => this.receive(String(data)));
    const hello = {
      type: 'hello',
      num_connections: 1,
      debug_info: { host: 'fake-slack', build_number: 1, approximate_connection_time: 18060 },
      connection_info: { app_id: 'A0FAKEAPP' },
    };
    ws.send(JSON.stringify(hello));
    for (const resolve of [...this.waiters.splice(0), ...this.greeted.splice(0)]) resolve();
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as { envelope_id?: string; payload?: Json };
    const id = message.envelope_id ?? '';
    const resolve = this.acks.get(id);
    if (!resolve) return;
    this.acks.delete(id);
    const payload = message.payload ?? {};
    if (Object.keys(payload).length > 0) this.onAck(payload);
    resolve(payload);
  }
}
