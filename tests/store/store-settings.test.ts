import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import { freshSchema } from './store-places.js';

describe('where the store lives, from the environment', () => {
  it('is SQLite in ./data unless told otherwise', () => {
    const result = readConfig({});
    expect(result.ok && result.config.store).toEqual({ dataDir: './data', databaseUrl: undefined });
  });

  it('takes ASSAY_DATA_DIR and DATABASE_URL', () => {
    const env = {
      ASSAY_DATA_DIR: '/var/lib/assay',
      DATABASE_URL: 'postgresql://a:b@db:5432/assay',
    };
    const result = readConfig(env);
    expect(result.ok && result.config.store).toEqual({
      dataDir: '/var/lib/assay',
      databaseUrl: 'postgresql://a:b@db:5432/assay',
    });
  });

  it('names DATABASE_URL when it is not a Postgres URL', () => {
    for (const bad of ['mysql://db/assay', 'db.example.org:5432']) {
      const result = readConfig({ DATABASE_URL: bad });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.report).toMatch(/expected a Postgres URL[^\n]*\n\s*→ at DATABASE_URL/);
    }
  });

  it('opens SQLite without DATABASE_URL and Postgres with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-settings-'));
    const schema = await freshSchema('s');
    try {
      const sqlite = await openStore({ dataDir: dir });
      expect([sqlite.kind, sqlite.location]).toEqual(['sqlite', join(dir, 'assay.sqlite')]);
      await sqlite.close();
      const shared = await openStore({ dataDir: dir, databaseUrl: schema.url });
      expect(shared.kind).toBe('postgres');
      expect(shared.location).not.toContain('@');
      await shared.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await schema.drop();
    }
  });
});
