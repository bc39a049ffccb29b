import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssay, openStore, type Store } from '../../../src/index.js';
import { messageProblems } from '../../fakes/discord-limits.js';
import { FACILITATOR_PERMISSIONS } from '../../fakes/fake-discord-payloads.js';
import { buttonsOf, embedOf, type Harness, plain, startHarness } from './discord-harness.js';

// Every command answered in French, Spanish and Portuguese by the real discord.js against the
// fake Discord (with a real SQLite store for the meeting commands): within every Discord limit
// with the longer localized text, in the reader's language, with no English label left over.

let h: Harness;
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'assay-discord-languages-'));
beforeAll(async () => {
  store = await openStore({ dataDir: dir });
  h = await startHarness(openAssay(undefined, { store }));
});
afterAll(async () => {
  await h?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const LANGUAGES = [
  { tag: 'fr', stamp: 'données du ', share: 'Partager' },
  { tag: 'es-419', stamp: 'datos del ', share: 'Compartir' },
  { tag: 'pt-BR', stamp: 'dados de ', share: 'Compartilhar' },
] as const;

type Options = Record<string, string | number>;
const EVERYONE: [string, Options][] = [
  ['search', { query: 'gold' }],
  ['search', { query: 'mercury', country: 'Ghana', page: 2 }],
  ['search', { query: 'zzzqqq' }],
  ['show', { id: 'caring-gold' }],
  ['stats', { by: 'mineral' }],
  ['stats', { by: 'country,mineral' }],
  ['brief', { topic: 'cobalt' }],
  ['lessons', {}],
  ['areas', {}],
  ['areas', { page: 2 }],
  ['compare', { sides: 'gold cobalt' }],
  ['help', {}],
  ['help', { command: 'search' }],
];
const FACILITATORS: [string, Options][] = [
  ['meeting', { action: 'start', mineral: 'gold', title: 'Or au Ghana' }],
  ['meeting', {}],
  ['digest', {}],
  ['gaps', {}],
  ['meeting', { action: 'end' }],
];

/** Labels and footers the adapter words itself, as English would show them. */
const ENGLISH = [/\bShare\b/, /Next ▶/, /◀ Previous/, /Page \d+ of/, /data of /, /… and \d+ more/];

function text(body: Awaited<ReturnType<Harness['fake']['command']>>['body']): string {
  const embeds = body.embeds ?? [];
  const labels = (body.components ?? []).flatMap((row) => row.components.map((b) => b.label));
  return [
    body.content ?? '',
    ...labels,
    ...embeds.flatMap((embed) => [
      embed.footer?.text ?? '',
      ...(embed.fields ?? []).map((field) => field.name),
    ]),
  ].join('\n');
}

describe.each(LANGUAGES)('every command in $tag', ({ tag, stamp, share }) => {
  it('fits Discord’s limits, in the reader’s language', async () => {
    const asked = [
      ...EVERYONE.map(([sub, options]) => h.fake.commandIn({ locale: tag }, sub, options)),
    ];
    const answers = [];
    for (const request of asked) answers.push(await request);
    for (const [sub, options] of FACILITATORS) {
      const as = {
        command: 'facilitate',
        permissions: FACILITATOR_PERMISSIONS,
        locales: { locale: tag },
      };
      answers.push(await h.fake.interactions.dispatchCommandAs(as, sub, options));
    }
    for (const [index, result] of answers.entries()) {
      const what = `${tag} ${index}`;
      expect(messageProblems(result.body), what).toEqual([]);
      expect(embedOf(result).footer?.text, what).toContain(stamp);
      for (const english of ENGLISH) expect(text(result.body), what).not.toMatch(english);
    }
    const first = answers[0];
    expect(buttonsOf(first ?? { body: {} }).has(share)).toBe(true);
    expect(plain(embedOf(answers[0] ?? { body: {} }).title)).not.toMatch(/ results? for /);
  });
});

describe('every message of this file', () => {
  it('was accepted, and nothing failed', () => {
    expect(h.fake.rejected).toEqual([]);
    expect(h.logs).toEqual([]);
  });
});
