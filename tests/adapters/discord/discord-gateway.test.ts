import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restApiBase, startDiscord } from '../../../adapters/discord/start-discord.js';
import { buttonsOf, EPHEMERAL, embedOf, type Harness, startHarness } from './discord-harness.js';

// Logging in through DISCORD_API_URL, the gateway handshake, heartbeats, a
// dropped connection that resumes, and deferring when an answer could be late.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const GUILDS_INTENT = 1;

describe('connecting through DISCORD_API_URL', () => {
  it('asks the fake for /gateway/bot with the bot token, then connects where it says', () => {
    const gatewayBot = h.fake.requests.find((request) => request.path === '/gateway/bot');
    expect(gatewayBot?.authorization).toBe(`Bot ${h.fake.token}`);
    const query = h.fake.gateway.connections[0];
    expect(query?.get('v')).toBe('10');
    expect(query?.get('encoding')).toBe('json');
    expect(query?.has('compress')).toBe(false);
  });

  it('says it is connected, as which bot and in how many servers', () => {
    expect(h.infos).toEqual(['Discord: connected as Assay in 1 server; try /assay help.']);
  });

  it('identifies with the Guilds intent only', () => {
    const identify = h.fake.gateway.received.find((frame) => frame.op === 2);
    expect((identify?.d as { intents?: number } | undefined)?.intents).toBe(GUILDS_INTENT);
  });

  it('heartbeats, and the fake acknowledges', async () => {
    await once(h.fake.gateway, 'heartbeat');
    expect(h.fake.gateway.received.some((frame) => frame.op === 1)).toBe(true);
  });

  it('refuses a wrong token with a readable error that does not repeat it', async () => {
    const wrong = { token: 'wrong-token.very-secret', appId: h.fake.appId, apiUrl: h.fake.apiUrl };
    const quiet = { log: () => undefined, info: () => undefined };
    const failure = await startDiscord(h.assay, wrong, quiet).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^Discord login failed: .*token/i);
    expect((failure as Error).message).not.toContain('very-secret');
  });

  it('takes the REST base with or without a trailing slash or version', () => {
    for (const url of [
      'http://127.0.0.1:4000/api',
      'http://127.0.0.1:4000/api/',
      'http://127.0.0.1:4000/api/v10',
    ]) {
      expect(restApiBase(url)).toBe('http://127.0.0.1:4000/api');
    }
  });
});

describe('a dropped gateway connection', () => {
  it('resumes the same session and keeps answering', async () => {
    const identifies = h.fake.gateway.received.filter((frame) => frame.op === 2).length;
    expect(await h.fake.gateway.drop(4000)).toBe('resumed');
    const resume = h.fake.gateway.received.find((frame) => frame.op === 6);
    expect((resume?.d as { session_id?: string } | undefined)?.session_id).toBe('session-1');
    expect(h.fake.gateway.received.filter((frame) => frame.op === 2)).toHaveLength(identifies);
    const result = await h.fake.command('search', { query: 'cobalt' });
    expect(result.callbackType).toBe(4);
  });
});

describe('an interaction that arrives late', () => {
  const late = () => Date.now() - 2500;

  it('is deferred privately first, then the reply is edited in', async () => {
    const result = await h.fake.command('search', { query: 'mercury ghana' }, late());
    expect(result.callbackType).toBe(5);
    expect(result.sent.map((sent) => sent.route)).toEqual(['edit']);
    expect(result.message?.flags).toBe(EPHEMERAL);
    expect(result.body.allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(result).title).toContain('mercury ghana');
  });

  it('pages with a deferred update when a button press is late', async () => {
    const first = await h.fake.command('search', { query: 'gold' });
    const next = buttonsOf(first).get('Next ▶');
    if (!first.message || !next) throw new Error('no Next button');
    const at = late();
    const result = await h.fake.interactions.dispatchButton(first.message, next, undefined, at);
    expect(result.callbackType).toBe(6);
    expect(result.message?.id).toBe(first.message.id);
    expect(embedOf(result).footer?.text).toContain('Page 2');
  });
});

describe('the whole session', () => {
  it('logged no error and Discord rejected nothing', () => {
    expect(h.logs).toEqual([]);
    expect(h.fake.rejected).toEqual([]);
  });
});
