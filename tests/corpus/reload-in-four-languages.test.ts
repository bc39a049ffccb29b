import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Assay,
  createAssay,
  type Locale,
  loadCorpus,
  openAssay,
  type Reply,
  TERMINAL_CALLER,
} from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';

// reload's reply in the facilitator's language: the diff's counts and the refusal; record ids,
// fields and the folder's problems are quoted as they are.

const work = mkdtempSync(join(tmpdir(), 'assay-reload-i18n-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A core on a copy of the fixture, then the copy's second intervention edited on disk. */
function editedCopy(name: string, edit: (record: Record<string, unknown>) => void): Assay {
  const dir = join(work, name);
  cpSync(FIXTURE_CORPUS, dir, { recursive: true });
  const assay = openAssay(dir);
  const path = join(dir, 'interventions.json');
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  edit(records[1] as Record<string, unknown>);
  writeFileSync(path, JSON.stringify(records));
  return assay;
}

const lines = (reply: Reply) =>
  reply.sections.flatMap((section) => (section.type === 'chart' ? section.lines : []));
const texts = (reply: Reply) =>
  reply.sections.flatMap((section) => (section.type === 'text' ? [section.text] : []));

describe('reload in French, Spanish and Portuguese', () => {
  it.each([
    ['fr', 'Rechargé : 18 fiches, données du ', '1 fiche modifiée :', 'Inchangées : 17'],
    ['es', 'Recargado: 18 registros, datos del ', '1 registro modificado:', 'Sin cambios: 17'],
    ['pt', 'Recarregado: 18 registros, dados de ', '1 registro alterado:', 'Sem alterações: 17'],
  ] as const)('%s: what changed', async (locale, title, changed, unchanged) => {
    const assay = editedCopy(`changed-${locale}`, (record) => {
      record.budget = 'USD 1';
    });
    const reply = await assay.answer('reload', { ...TERMINAL_CALLER, locale });
    expect(reply).toMatchObject({ kind: 'reload', ok: true });
    expect(reply.title.startsWith(title)).toBe(true);
    const diff = lines(reply);
    expect(diff[0]).toBe(changed);
    expect(diff[1]).toBe('  cotecco');
    expect(diff.at(-1)).toBe(unchanged);
  });

  it.each([
    [
      'fr',
      'Rechargement refusé : le dossier a des problèmes',
      'Le corpus qui répondait répond toujours. 1 problème à corriger :',
    ],
    [
      'es',
      'Recarga rechazada: la carpeta tiene problemas',
      'El corpus que respondía sigue respondiendo. 1 problema por corregir:',
    ],
    [
      'pt',
      'Recarregamento recusado: a pasta tem problemas',
      'O corpus que estava respondendo continua respondendo. 1 problema para corrigir:',
    ],
  ] as const)('%s: a refusal', async (locale, title, text) => {
    const assay = editedCopy(`invalid-${locale}`, (record) => {
      record.startYear = 'soon';
    });
    const reply = await assay.answer('reload', { ...TERMINAL_CALLER, locale });
    expect(reply).toMatchObject({ kind: 'reload', ok: false, title });
    expect(texts(reply)).toEqual([text]);
    expect(lines(reply)[0]).toContain('startYear');
  });

  it('keeps the English diff as the CLI words it', async () => {
    const assay = editedCopy('changed-en', (record) => {
      record.budget = 'USD 1';
    });
    const reply = await assay.answer('reload');
    expect(reply.title).toMatch(/^Reloaded: 18 records, data of /);
    expect(lines(reply)[0]).toBe('Changed 1 record:');
    expect(lines(reply).at(-1)).toBe('Unchanged: 17');
  });

  it.each([
    ['fr', 'Ce corpus a été construit en mémoire : il n’y a pas de dossier à relire.'],
    ['pt', 'Este corpus foi construído em memória: não há nenhuma pasta para ler de novo.'],
  ] as const)('%s: a corpus built in memory', (locale, text) => {
    const loaded = loadCorpus(FIXTURE_CORPUS);
    if (!loaded.ok) throw new Error('the fixture must load');
    const reply = createAssay(loaded.corpus).run('reload', {
      ...TERMINAL_CALLER,
      locale: locale as Locale,
    });
    expect(texts(reply)).toEqual([text]);
  });
});
