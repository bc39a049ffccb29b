import type { APIApplicationCommandOption } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/command-definitions.js';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { commandProblems } from '../../fakes/discord-limits.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.js';
import { shippedAssay } from './discord-harness.js';

// `npm run discord:register`: the /assay definition, derived from the core's
// command descriptors, PUT to the guild (when DISCORD_GUILD_ID is set) or globally.

const assay = shippedAssay();
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake?.stop());

const config = () => ({ token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl });
type Option = APIApplicationCommandOption & {
  options?: Option[];
  required?: boolean;
  autocomplete?: boolean;
};

function subcommand(name: string): Option[] {
  const found = commandDefinitions(assay.commands)
    .flatMap((command) => (command.options ?? []) as Option[])
    .find((option) => option.name === name);
  if (!found) throw new Error(`no subcommand ${name}`);
  return found.options ?? [];
}

describe('registering /assay', () => {
  it('PUTs to the workshop guild when DISCORD_GUILD_ID is set', async () => {
    const registration = await registerCommands(assay.commands, {
      ...config(),
      guildId: '123456789',
    });
    expect(registration.scope).toBe('guild');
    expect(fake.registered.has(`/applications/${fake.appId}/guilds/123456789/commands`)).toBe(true);
    const put = fake.requests.find((request) => request.method === 'PUT');
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
  });

  it('PUTs globally otherwise, and Discord accepts the JSON', async () => {
    const registration = await registerCommands(assay.commands, config());
    expect(registration.scope).toBe('global');
    expect(registration.subcommands).toEqual(assay.commands.map((command) => command.name));
    expect(fake.registered.get(`/applications/${fake.appId}/commands`)).toEqual(
      commandDefinitions(assay.commands),
    );
    expect(fake.rejected).toEqual([]);
  });
});

describe('the command JSON', () => {
  const body = commandDefinitions(assay.commands);

  it('keeps names lower-case and ≤ 32, descriptions ≤ 100, required options first', () => {
    expect(commandProblems(body as Parameters<typeof commandProblems>[0])).toEqual([]);
    const walk = (options: Option[]): void => {
      for (const option of options) {
        expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(option.description.length).toBeGreaterThan(0);
        expect(option.description.length).toBeLessThanOrEqual(100);
        walk(option.options ?? []);
      }
    };
    for (const command of body) walk(command.options as Option[]);
  });

  it('puts meeting, digest, gaps and reload under /facilitate, shown only to members with Manage Server', () => {
    const [everyone, facilitate] = body;
    const names = (command: typeof everyone) => command?.options?.map((option) => option.name);
    expect(names(everyone)).not.toContain('meeting');
    expect(facilitate?.name).toBe('facilitate');
    expect(names(facilitate)).toEqual(['meeting', 'digest', 'gaps', 'reload']);
    // Manage Server (Manage Guild) is bit 5
    expect(facilitate?.default_member_permissions).toBe(String(1 << 5));
    expect(everyone?.default_member_permissions).toBeUndefined();
  });

  it('has one subcommand per core command, with every option the core declares', () => {
    for (const command of assay.commands) {
      const options = subcommand(command.name);
      const names = options.map((option) => option.name);
      const expected = [
        ...(command.words ? [command.words.name] : []),
        ...command.options.map((o) => o.name),
        // The adapter's own: who a share of the reply is for.
        ...(command.addressable ? ['for'] : []),
      ];
      expect(names.sort()).toEqual(expected.sort());
      for (const declared of command.options) {
        expect(options.find((option) => option.name === declared.name)?.description).toBe(
          declared.description,
        );
      }
    }
  });

  it('offers search query, mineral, country, area, type and status', () => {
    const search = subcommand('search');
    for (const name of ['query', 'mineral', 'country', 'area', 'type', 'status']) {
      expect(search.map((option) => option.name)).toContain(name);
    }
    expect(subcommand('show').find((option) => option.name === 'id')?.required).toBe(true);
    expect(subcommand('brief').find((option) => option.name === 'topic')?.required).toBe(true);
  });

  it('makes area and by choices, and query, id, country and mineral autocomplete', () => {
    const search = subcommand('search');
    const area = search.find((option) => option.name === 'area') as {
      type: number;
      choices?: unknown[];
    };
    expect(area.type).toBe(4);
    expect(area.choices).toHaveLength(9);
    const by = subcommand('stats').find((option) => option.name === 'by') as {
      choices?: unknown[];
    };
    expect(by.choices?.length).toBeGreaterThan(0);
    for (const [sub, name] of [
      ['search', 'query'],
      ['search', 'country'],
      ['search', 'mineral'],
      ['show', 'id'],
    ]) {
      expect(subcommand(sub as string).find((option) => option.name === name)?.autocomplete).toBe(
        true,
      );
    }
  });
});
