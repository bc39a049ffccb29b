import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  );

describe('the core knows no platform', () => {
  it('no file in src/ imports Slack, Discord or an adapter (main.ts starts them by dynamic import)', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      for (const imported of importsOf(file)) {
        expect(imported, file).not.toMatch(/^@slack\/|^discord\.js|^@discordjs\//);
        if (!file.endsWith('main.ts')) expect(imported, file).not.toMatch(/adapters\//);
      }
    }
  });

  it('only src/search/ imports fuse.js', () => {
    for (const file of sourceFiles('src')) {
      if (importsOf(file).includes('fuse.js')) expect(file).toMatch(/src\/search\//);
    }
  });

  it('adapters reach the core only through src/index.ts', () => {
    for (const file of sourceFiles('adapters')) {
      for (const imported of importsOf(file)) {
        if (imported.includes('/src/')) expect(imported, file).toMatch(/\/src\/index\.js$/);
      }
    }
  });

  it('only src/config.ts reads process.env', () => {
    for (const file of sourceFiles('src')) {
      if (
        /process\.env\b/.test(
          readFileSync(file, 'utf8').replace(/env: NodeJS\.ProcessEnv = process\.env/, ''),
        )
      ) {
        expect(file).toMatch(/src\/config\.ts$/);
      }
    }
  });
});
