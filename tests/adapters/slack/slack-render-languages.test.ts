import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAssay, openStore, type Store } from '../../../src/index.js';
import { blockKitViolations } from '../../fakes/fake-slack-limits.js';
import {
  blocksOf,
  buttonsOf,
  contextTexts,
  replyTo,
  startTestBot,
  type TestBot,
} from './slack-test-bot.js';

// Every command answered in French, Spanish and Portuguese by the real bolt against the fake
// Slack (users whose Slack reads each language; a real SQLite store for the meeting commands):
// within Block Kit's limits with the longer localized text, in the reader's language, with no
// English label left over; and a Share worded in the sharer's language.

const USERS = [
  { id: 'U0READSFR', tag: 'fr-FR', stamp: 'données du ', share: 'Partager', by: 'partagé par' },
  { id: 'U0READSES', tag: 'es-LA', stamp: 'datos del ', share: 'Compartir', by: 'compartido por' },
  {
    id: 'U0READSPT',
    tag: 'pt-BR',
    stamp: 'dados de ',
    share: 'Compartilhar',
    by: 'compartilhado por',
  },
] as const;

const COMMANDS = [
  'search gold',
  'search mercury country:ghana page:2',
  'zzzqqq',
  'show caring-gold',
  'stats by:mineral',
  'stats by:country,mineral',
  'brief cobalt',
  'lessons',
  'areas',
  'areas page:2',
  'compare gold cobalt',
  'help',
  'help search',
  'meeting start mineral:gold title:"Oro en Ghana"',
  'meeting',
  'digest',
  'gaps',
  'meeting end',
];

/** Labels and footers the adapter words itself, as English would show them. */
const ENGLISH = [
  /\bShare\b/,
  /Next ▶/,
  /◀ Previous/,
  /Page \d+ of/,
  /data of /,
  /Only you can see/,
];

let testBot: TestBot;
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'assay-slack-languages-'));
beforeAll(async () => {
  store = await openStore({ dataDir: dir });
  testBot = await startTestBot(openAssay(undefined, { store }), {
    facilitators: USERS.map((user) => user.id),
  });
  for (const user of USERS) testBot.fake.users.locales.set(user.id, user.tag);
});
afterAll(async () => {
  await testBot?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const labels = (message: Record<string, unknown>) =>
  [...buttonsOf(message).values()].map((button) => button.label);

describe.each(USERS)('every command for a user reading $tag', (user) => {
  test('fits Block Kit’s limits, in the reader’s language', async () => {
    for (const text of COMMANDS) {
      const message = await replyTo(testBot.fake, await testBot.fake.command(text, user.id));
      expect(blockKitViolations(message), text).toEqual([]);
      expect(blocksOf(message).length, text).toBeGreaterThan(0);
      const footer = contextTexts(message).at(-1) ?? '';
      expect(footer, text).toContain(user.stamp);
      const own = [footer, ...labels(message)].join('\n');
      for (const english of ENGLISH) expect(own, text).not.toMatch(english);
    }
  });

  test('shares in the sharer’s language', async () => {
    const asked = await replyTo(testBot.fake, await testBot.fake.command('search gold', user.id));
    const share = buttonsOf(asked).get('assay_share');
    expect(share?.label).toBe(user.share);
    if (!share) throw new Error('no Share button');
    const click = await testBot.fake.click({ actionId: 'assay_share', ...share, userId: user.id });
    const shared = await testBot.fake.nextPost(click.responseUrl);
    expect(blockKitViolations(shared)).toEqual([]);
    expect(contextTexts(shared).at(-1)).toMatch(
      new RegExp(`^${user.by} <@${user.id}> · \`/assay search gold\` · .*${user.stamp}`),
    );
    expect(String(shared.text)).not.toContain('<!channel>');
  });
});
