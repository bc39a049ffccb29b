import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/command-definitions.js';
import { commandProblems } from '../../fakes/discord-limits.js';
import { shippedAssay } from './discord-harness.js';

// Discord shows each member the command and option descriptions in their client's language:
// description_localizations for fr, es-ES, es-419 and pt-BR, from the core's catalog, each
// within Discord's 100 characters (French and Portuguese run longer than English).

const assay = shippedAssay();
const body = commandDefinitions(assay.commands);
const TAGS = ['fr', 'es-ES', 'es-419', 'pt-BR'];

type Described = {
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  options?: Described[];
  choices?: { name: string; name_localizations?: Record<string, string> }[];
};

const everything = (items: readonly Described[]): Described[] =>
  items.flatMap((item) => [item, ...everything(item.options ?? [])]);
const all = everything(body as Described[]);

describe('the command JSON in four languages', () => {
  it('describes every command, subcommand and option in French, Spanish and Portuguese', () => {
    expect(all.length).toBeGreaterThan(50);
    for (const item of all) {
      const localized = item.description_localizations ?? {};
      expect(Object.keys(localized).sort(), item.name).toEqual([...TAGS].sort());
      for (const tag of TAGS) {
        expect(localized[tag]?.length, `${item.name} ${tag}`).toBeGreaterThan(0);
        expect(localized[tag]?.length, `${item.name} ${tag}`).toBeLessThanOrEqual(100);
      }
      expect(localized['es-ES']).toBe(localized['es-419']);
    }
  });

  it('takes each text from the core’s descriptors, unshortened', () => {
    for (const command of assay.commands) {
      const sub = all.find((item) => item.name === command.name);
      expect(sub?.description_localizations).toEqual({
        fr: command.descriptions.fr,
        'es-ES': command.descriptions.es,
        'es-419': command.descriptions.es,
        'pt-BR': command.descriptions.pt,
      });
      for (const option of command.options) {
        const registered = sub?.options?.find((item) => item.name === option.name);
        expect(registered?.description_localizations?.fr).toBe(option.descriptions.fr);
        expect(registered?.description_localizations?.['pt-BR']).toBe(option.descriptions.pt);
      }
    }
    const search = all.find((item) => item.name === 'search');
    expect(search?.description_localizations?.fr).toBe(
      'Trouver interventions, rapports et enseignements par mots et filtres',
    );
  });

  it('names the fixed choices in each language', () => {
    const search = all.find((item) => item.name === 'search');
    const status = search?.options?.find((item) => item.name === 'status');
    const ongoing = status?.choices?.find((choice) => choice.name === 'ongoing');
    expect(ongoing?.name_localizations).toEqual({
      fr: 'en cours',
      'es-ES': 'en curso',
      'es-419': 'en curso',
      'pt-BR': 'em curso',
    });
  });

  it('stays within every limit Discord checks, in every language', () => {
    expect(commandProblems(body as Parameters<typeof commandProblems>[0])).toEqual([]);
  });
});
