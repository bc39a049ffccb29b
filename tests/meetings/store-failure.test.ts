import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAssay, openStore, type Store, StoreUnavailable } from '../../src/index.js';
import { FIXTURE_CORPUS } from '../support/assays.js';
import { FACILITATOR, PARTICIPANT } from './meeting-harness.js';

// A real SQLite store behind a switch that makes every call fail the way a dropped
// Postgres does (StoreUnavailable); the Postgres outage itself is tested in tests/store.

function switchable(store: Store): { store: Store; down(value: boolean): void } {
  let isDown = false;
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'close') return value;
      return (...args: unknown[]) =>
        isDown
          ? Promise.reject(new StoreUnavailable('connection lost'))
          : value.apply(target, args);
    },
  });
  return { store: wrapped, down: (value) => (isDown = value) };
}

describe('a store that fails mid-meeting', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('costs one request an apology, not the process, and works again when it is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-fail-'));
    dirs.push(dir);
    const real = await openStore({ dataDir: dir });
    const { store, down } = switchable(real);
    const assay = openAssay(FIXTURE_CORPUS, { store });
    await assay.answer('meeting start', FACILITATOR);
    const found = await assay.answer('search cobalt', PARTICIPANT);

    down(true);
    const apology = await assay.answer('search cobalt', PARTICIPANT);
    expect(apology).toMatchObject({ kind: 'problem', problem: 'unavailable' });
    expect(apology.kind === 'problem' && apology.message).toMatch(/^Sorry/);
    const failedShare = await assay.logShare(found, PARTICIPANT);
    expect(failedShare).toMatchObject({ kind: 'problem', problem: 'unavailable' });

    down(false);
    expect(await assay.logShare(found, PARTICIPANT)).toBeNull();
    const digest = await assay.answer('digest', FACILITATOR);
    expect(digest.kind === 'digest' && digest.shares).toBe(1);
    await real.close();
  });
});
