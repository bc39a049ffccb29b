import { describe, expect, it } from 'vitest';
import { at, usePlace } from './store-harness.js';
import type { MakePlace } from './store-places.js';

const FIVE_MINUTES = 5 * 60_000;
const LONG_QUERY = `search ${'artisanal gold mercury '.repeat(8)}country:"Burkina Faso" year:2015-2020`;

export function keyContract(make: MakePlace): void {
  describe('replay keys', () => {
    const stores = usePlace(make);

    it('admits a key once within its window, and again after it', async () => {
      const store = await stores.open();
      expect(await store.admit('1710079200:v0=abc', at(0), FIVE_MINUTES)).toBe(true);
      expect(await store.admit('1710079200:v0=abc', at(4.9), FIVE_MINUTES)).toBe(false);
      expect(await store.admit('1710079200:v0=other', at(4.9), FIVE_MINUTES)).toBe(true);
      expect(await store.admit('1710079200:v0=abc', at(5), FIVE_MINUTES)).toBe(true);
      expect(await store.admit('1710079200:v0=abc', at(6), FIVE_MINUTES)).toBe(false);
    });

    it('admits exactly one of many simultaneous tries', async () => {
      const store = await stores.open();
      const tries = await Promise.all(
        Array.from({ length: 8 }, () => store.admit('same-request', at(0), FIVE_MINUTES)),
      );
      expect(tries.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('long button queries', () => {
    const stores = usePlace(make);

    it('keeps a long query under a short key until it expires', async () => {
      const store = await stores.open();
      const key = await store.putQuery(LONG_QUERY, at(0), 60 * 60_000);
      expect(key.length).toBeLessThanOrEqual(12);
      expect(await store.getQuery(key, at(59))).toBe(LONG_QUERY);
      expect(await store.getQuery(key, at(60))).toBeNull();
      expect(await store.getQuery('nosuchkey', at(1))).toBeNull();
    });

    it('gives the same text the same key, and a later put extends it', async () => {
      const store = await stores.open();
      const first = await store.putQuery(LONG_QUERY, at(0), 10 * 60_000);
      const again = await store.putQuery(LONG_QUERY, at(5), 10 * 60_000);
      expect(again).toBe(first);
      expect(await store.getQuery(first, at(14))).toBe(LONG_QUERY);
      const other = await store.putQuery(`${LONG_QUERY} page:2`, at(5), 10 * 60_000);
      expect(other).not.toBe(first);
      expect(await store.getQuery(other, at(6))).toBe(`${LONG_QUERY} page:2`);
    });

    it('takes an expired query or key again, as new', async () => {
      const store = await stores.open();
      const key = await store.putQuery(LONG_QUERY, at(0), 60_000);
      expect(await store.admit('old', at(0), 60_000)).toBe(true);
      expect(await store.admit('new', at(30), 60_000)).toBe(true);
      expect(await store.getQuery(key, at(30))).toBeNull();
      expect(await store.putQuery(LONG_QUERY, at(30), 60_000)).toBe(key);
      expect(await store.getQuery(key, at(30.5))).toBe(LONG_QUERY);
      expect(await store.admit('old', at(30), 60_000)).toBe(true);
    });
  });
}
