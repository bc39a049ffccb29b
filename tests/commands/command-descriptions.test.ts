import { describe, expect, it } from 'vitest';
import { describeCommand } from '../../src/commands/describe-commands.js';
import { COMMANDS } from '../../src/commands/index.js';
import { LOCALES, type Reply, TERMINAL_CALLER } from '../../src/index.js';
import { shippedAssay } from '../support/assays.js';

// What each command and option is for lives once, in the commands namespace of the catalog,
// in four languages; help and Discord's registration read it through the descriptors.

const textOf = (reply: Reply) =>
  reply.sections
    .flatMap((section) =>
      section.type === 'text'
        ? [section.text]
        : section.type === 'fields'
          ? section.fields.map((field) => `${field.label} ${field.value}`)
          : [],
    )
    .join('\n');

describe('command descriptions', () => {
  it('exist for every command, its words and its options in every language, within 100 characters', () => {
    for (const spec of COMMANDS) {
      const described = describeCommand(spec);
      const texts = [
        described.descriptions,
        ...(described.words ? [described.words.descriptions] : []),
        ...described.options.map((option) => option.descriptions),
      ];
      for (const localized of texts)
        for (const locale of LOCALES) {
          expect(localized[locale].length, `${spec.name} ${locale}`).toBeGreaterThan(0);
          expect(localized[locale].length, `${spec.name} ${locale}`).toBeLessThanOrEqual(100);
        }
      expect(described.descriptions.fr).not.toBe(described.descriptions.en);
    }
  });

  it('come in the language asked for', () => {
    const search = COMMANDS.find((spec) => spec.name === 'search');
    if (!search) throw new Error('no search command');
    const french = describeCommand(search, 'fr');
    expect(french.description).toBe(
      'Trouver interventions, rapports et enseignements par mots et filtres',
    );
    expect(french.words?.description).toBe('Mots à chercher, par ex. mercure ghana');
    const status = french.options.find((option) => option.name === 'status');
    expect(status?.description).toBe('Statut d’une intervention');
    expect(status?.choices?.map((choice) => choice.name)).toEqual([
      'en cours',
      'terminé',
      'inconnu',
    ]);
    expect(status?.choices?.map((choice) => choice.value)).toEqual([
      'ongoing',
      'completed',
      'unknown',
    ]);
  });

  it('are what help shows, in the reader’s language', () => {
    const assay = shippedAssay();
    const portuguese = { ...TERMINAL_CALLER, locale: 'pt' as const };
    expect(textOf(assay.run('help', portuguese))).toContain(
      'Buscar intervenções, relatórios e lições por palavras e filtros.',
    );
    const one = textOf(assay.run('help search', portuguese));
    expect(one).toContain('Buscar intervenções, relatórios e lições por palavras e filtros.');
    expect(one).toContain('year: Ano ou período, p. ex. 2019 ou 2015-2020');
  });

  it('word what a command lacks in the reader’s language', () => {
    const french = { ...TERMINAL_CALLER, locale: 'fr' as const };
    const reply = shippedAssay().run('show', french);
    expect(reply.kind === 'problem' && reply.message).toBe(
      'show attend : identifiant d’une fiche, par ex. caring-gold.',
    );
  });
});
