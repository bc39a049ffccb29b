import { describe, expect, it } from 'vitest';
import { runBin } from '../../support/run-bin.js';

// The terminal's language: --lang, else the shell's (LC_ALL, LC_MESSAGES, LANG in that
// order), else ASSAY_LOCALE, else English.

describe('the terminal in another language', () => {
  it('answers in Portuguese with --lang pt', () => {
    const result = runBin(['--lang', 'pt', 'search', 'gold']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ resultados para /);
    expect(result.stdout).toMatch(/\nPágina 1 de \d+\. Próxima: search gold page:2\n/);
    expect(result.stdout).toMatch(/\ndados de 2026-11-30 · \d+ registros\n$/);
    expect(result.stderr).toBe('');
  });

  it('answers in French when the shell says LANG=fr_FR.UTF-8', () => {
    const result = runBin(['search', 'gold'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ résultats pour /);
    expect(result.stdout).toContain('\nPage 1 sur ');
  });

  it('takes LC_ALL over LANG, and --lang over both', () => {
    const env = { LANG: 'fr_FR.UTF-8', LC_ALL: 'es_ES.UTF-8' };
    expect(runBin(['search', 'gold'], { env }).stdout).toMatch(/^\d+ resultados para /);
    expect(runBin(['--lang=en', 'search', 'gold'], { env }).stdout).toMatch(/^\d+ results for /);
  });

  it('falls back to ASSAY_LOCALE when the shell’s language is one Assay lacks', () => {
    const result = runBin(['search', 'gold'], { env: { LANG: 'C.UTF-8', ASSAY_LOCALE: 'pt' } });
    expect(result.stdout).toMatch(/^\d+ resultados para /);
  });

  it('refuses a language it does not speak, naming the ones it does', () => {
    const result = runBin(['--lang', 'de', 'search', 'gold']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      '--lang must be one of en, fr, es, pt, got "de"; e.g. assay --lang fr help\n',
    );
    expect(result.stdout).toBe('');
  });

  it('refuses an ASSAY_LOCALE it does not speak before starting', () => {
    const result = runBin(['search', 'gold'], { env: { ASSAY_LOCALE: 'klingon' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ASSAY_LOCALE');
    expect(result.stderr).toContain('expected one of en, fr, es, pt');
  });
});
