import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageProblems } from '../../fakes/discord-limits.js';
import { makeUser, snowflake } from '../../fakes/fake-discord-payloads.js';
import { buttonsOf, EPHEMERAL, embedOf, type Harness, startHarness } from './discord-harness.js';

// The reader's language on Discord: the user's client language (`locale`), else the server's
// (`guild_locale`), else English; buttons, footers, the expired notice and the Share line
// follow it, and a Share is worded in the sharer's language.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const labels = (result: Parameters<typeof buttonsOf>[0]) => [...buttonsOf(result).keys()];

describe('a member whose Discord reads French (locale: fr)', () => {
  it('gets the reply, its buttons and its footer in French', async () => {
    const result = await h.fake.commandIn({ locale: 'fr' }, 'search', { query: 'gold' });
    const embed = embedOf(result);
    expect(embed.title).toMatch(/^\d+ résultats pour /);
    expect(labels(result)).toEqual(['Suivant ▶', 'Partager']);
    // The menu of results, in French too.
    const menu = result.body.components?.[0]?.components[0] as unknown as {
      placeholder: string;
      options: { label: string }[];
    };
    expect(menu.placeholder).toBe('Partager ou ouvrir un résultat…');
    expect(menu.options[0]?.label).toMatch(/^Partager ceci · /);
    expect(menu.options[1]?.label).toMatch(/^Détails · /);
    expect(embed.footer?.text).toMatch(
      /^\/assay search gold · Page 1 sur \d+ · données du 2026-11-30 · \d+ fiches$/,
    );
    expect(result.body.flags).toBe(EPHEMERAL);
  });

  it('names record types in French above each result', async () => {
    const result = await h.fake.commandIn({ locale: 'fr' }, 'search', { query: 'mercury ghana' });
    const names = (embedOf(result).fields ?? []).map((field) => field.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(['Intervention', 'Rapport', 'Enseignement']).toContain(name);
  });

  it('is told in French that a button from before a restart expired', async () => {
    const asked = await h.fake.commandIn({ locale: 'fr' }, 'search', { query: 'cobalt' });
    if (!asked.message) throw new Error('the reply was not stored');
    const result = await h.fake.clickIn({ locale: 'fr' }, asked.message, 'assay:run:#kzz');
    expect(result.body.flags).toBe(EPHEMERAL);
    expect(result.body.content).toBe('Ce bouton a expiré. Relancez la commande /assay.');
  });
});

describe('a member whose own language is not sent, in a Brazilian server', () => {
  it('gets Portuguese from guild_locale pt-BR', async () => {
    const languages = { locale: null, guild_locale: 'pt-BR' };
    const result = await h.fake.commandIn(languages, 'search', { query: 'gold' });
    expect(embedOf(result).title).toMatch(/^\d+ resultados para /);
    expect(labels(result)).toEqual(['Próxima ▶', 'Compartilhar']);
    expect(embedOf(result).footer?.text).toContain('dados de 2026-11-30');
  });

  it('gets the server’s Spanish when the member’s own language is one Assay lacks', async () => {
    const languages = { locale: 'de', guild_locale: 'es-ES' };
    const result = await h.fake.commandIn(languages, 'search', { query: 'gold' });
    expect(embedOf(result).title).toMatch(/^\d+ resultados para /);
    expect(labels(result)).toContain('Compartir');
  });

  it('stays in English when neither language is one Assay speaks', async () => {
    const languages = { locale: 'de', guild_locale: 'ja' };
    const result = await h.fake.commandIn(languages, 'search', { query: 'gold' });
    expect(embedOf(result).title).toMatch(/^\d+ results for /);
  });
});

describe('Share', () => {
  it('is worded in the sharer’s language, whoever asked first', async () => {
    const asked = await h.fake.commandIn({ locale: 'fr' }, 'search', { query: 'mercury ghana' });
    if (!asked.message) throw new Error('the reply was not stored');
    const share = buttonsOf(asked).get('Partager') ?? '';
    const french = await h.fake.clickIn({ locale: 'fr' }, asked.message, share);
    expect(french.body.content).toBe(
      `partagé par <@${h.fake.human.id}> · /assay search mercury ghana`,
    );
    expect(embedOf(french).title).toMatch(/^\d+ résultats? pour /);
    const kofi = makeUser(snowflake(), 'kofi');
    const brazilian = await h.fake.clickIn({ locale: 'pt-BR' }, asked.message, share, kofi);
    expect(brazilian.body.content).toBe(
      `compartilhado por <@${kofi.id}> · /assay search mercury ghana`,
    );
    expect(embedOf(brazilian).title).toMatch(/^\d+ resultados? para /);
    expect(brazilian.body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('every message of this file', () => {
  it('stayed within Discord limits and nothing failed', () => {
    expect(h.fake.rejected).toEqual([]);
    expect(h.logs).toEqual([]);
    for (const { body } of h.fake.interactions.sent) expect(messageProblems(body)).toEqual([]);
  });
});
