import { describe, expect, it } from 'vitest';
import { at, KOFI, meeting, ROOM, share, usePlace } from './store-harness.js';
import type { MakePlace } from './store-places.js';

export function instanceContract(make: MakePlace): void {
  describe('two instances on one store', () => {
    const stores = usePlace(make);

    it('refuses on one a replay key the other admitted', async () => {
      const first = await stores.open();
      const second = await stores.open();
      expect(await first.admit('1710079200:v0=signed', at(0), 300_000)).toBe(true);
      expect(await second.admit('1710079200:v0=signed', at(0.1), 300_000)).toBe(false);
      const race = await Promise.all([
        first.admit('raced', at(1), 300_000),
        second.admit('raced', at(1), 300_000),
      ]);
      expect(race.filter(Boolean)).toHaveLength(1);
    });

    it("shows a share made on one in the other's digest, and its meeting too", async () => {
      const first = await stores.open();
      const second = await stores.open();
      const running = await first.startMeeting(meeting());
      expect((await second.currentMeeting(ROOM, at(1)))?.id).toBe(running.id);
      const logged = await second.logShare(share(10));
      expect(logged.meetingId).toBe(running.id);
      expect(await first.sharesOf(running.id)).toEqual([logged]);
    });

    it('runs a button query made by one on the other', async () => {
      const first = await stores.open();
      const second = await stores.open();
      const key = await first.putQuery(
        'search mercury retorts country:Ghana page:3',
        at(0),
        600_000,
      );
      expect(await second.getQuery(key, at(1))).toBe('search mercury retorts country:Ghana page:3');
    });
  });

  describe('a restart', () => {
    const stores = usePlace(make);

    it('loses nothing between the share and the digest', async () => {
      const before = await stores.open();
      const running = await before.startMeeting(meeting());
      const logged = await before.logShare(share(10));
      await before.logUnanswered({
        channel: ROOM,
        askedAt: at(11),
        question: 'school fees',
        filters: {},
        outcome: 'none',
      });
      const key = await before.putQuery('search school fees', at(12), 600_000);
      await before.admit('seen', at(12), 300_000);
      await before.close();

      const after = await stores.open();
      expect(await after.currentMeeting(ROOM, at(20))).toEqual(running);
      expect(await after.sharesOf(running.id)).toEqual([logged]);
      expect(logged.sharedBy).toEqual(KOFI);
      const gaps = await after.topUnanswered({ meetingId: running.id }, 5);
      expect(gaps.map((gap) => gap.question)).toEqual(['school fees']);
      expect(await after.getQuery(key, at(13))).toBe('search school fees');
      expect(await after.admit('seen', at(13), 300_000)).toBe(false);
    });
  });
}
