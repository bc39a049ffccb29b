import { describe, expect, it } from 'vitest';
import { type Caller, TERMINAL_CALLER } from '../../src/caller.js';
import type { Locale } from '../../src/i18n/index.js';
import type { Reply } from '../../src/index.js';
import { shippedAssay } from '../support/assays.js';

const run = (text: string, locale: Locale) => {
  const caller: Caller = { ...TERMINAL_CALLER, locale };
  return shippedAssay().run(text, caller);
};
const message = (reply: Reply) => (reply.kind === 'problem' ? reply.message : `(${reply.kind})`);
const notes = (reply: Reply) =>
  reply.sections.flatMap((section) => (section.type === 'text' ? [section.text] : []));

describe('an unknown filter value, in the asker’s language', () => {
  it.each([
    ['en', 'Unknown mineral "orr" — did you mean gold?'],
    ['fr', 'Minerai inconnu « orr » — vouliez-vous dire or ?'],
    ['es', 'Mineral desconocido «orr». ¿Quiso decir oro?'],
    ['pt', 'Mineral desconhecido "orr". Quis dizer ouro?'],
  ] as const)('%s: names the close mineral as the asker writes it', (locale, expected) => {
    expect(message(run('search mineral:orr', locale))).toBe(expected);
  });

  it('names a close country in the asker’s language, and says when no organisation matches', () => {
    expect(message(run('search pays:Pérouu', 'fr'))).toBe(
      'Pays inconnu « Pérouu » — vouliez-vous dire Pérou ?',
    );
    expect(message(run('search region:Sahell', 'es'))).toMatch(/^Región desconocida «Sahell»/);
    expect(message(run('search org:xyzq', 'pt'))).toBe(
      'Nenhuma organização do corpus corresponde a "xyzq"',
    );
  });
});

describe('a command the parser cannot read, in the asker’s language', () => {
  it('suggests the key meant, in the language it was typed in', () => {
    expect(message(run('search pay:ghana', 'fr'))).toMatch(
      /^Filtre inconnu « pay: » — vouliez-vous dire pays: \?/,
    );
    expect(message(run('search minerl:gold', 'en'))).toMatch(
      /^Unknown filter "minerl:" — did you mean mineral:\? Filters are mineral, country/,
    );
  });

  it('says a filter needs a value, and how many words and characters are read', () => {
    expect(message(run('search mineral:', 'es'))).toBe('El filtro «mineral:» necesita un valor.');
    expect(message(run(`search ${'mot '.repeat(30)}`, 'fr'))).toBe(
      'Cela fait 30 mots ; Assay en lit 24 au plus.',
    );
    expect(message(run(`search ${'x'.repeat(1200)}`, 'pt'))).toBe(
      'Esse comando tem 1.207 caracteres; o Assay lê no máximo 500.',
    );
  });
});

describe('free words read as filters', () => {
  it.each([
    [
      'en',
      'ongoing projects in Peru',
      'Understood: status ongoing, type intervention, country Peru.',
    ],
    [
      'fr',
      'projets en cours au Pérou',
      'Compris : type intervention, statut en cours, pays Pérou.',
    ],
    ['es', 'minería de oro en Perú', 'Entendido: mineral oro, país Perú.'],
  ] as const)('%s: are named in the asker’s language', (locale, text, expected) => {
    expect(notes(run(text, locale))).toContain(expected);
  });
});
