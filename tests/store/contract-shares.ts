import { describe, expect, it } from 'vitest';
import { at, KOFI, meeting, OTHER_ROOM, share, usePlace } from './store-harness.js';
import type { MakePlace } from './store-places.js';

export function shareContract(make: MakePlace): void {
  describe('the share log', () => {
    const stores = usePlace(make);

    it('logs who, when, where, the command and the records with their links', async () => {
      const store = await stores.open();
      const running = await store.startMeeting(meeting());
      const records = [
        {
          id: 'int-007',
          type: 'intervention',
          title: 'Mercury-free processing',
          url: 'https://example.org/a',
        },
        { id: 'rep-002', type: 'report', title: 'A report without a link', url: null },
      ];
      const logged = await store.logShare(share(12, { records }));
      expect(logged.meetingId).toBe(running.id);
      expect(await store.sharesOf(running.id)).toEqual([
        {
          id: logged.id,
          meetingId: running.id,
          channel: share(12).channel,
          sharedBy: KOFI,
          sharedAt: at(12),
          command: 'search mercury country:Ghana',
          records,
        },
      ]);
    });

    it('gives a meeting its own shares in the order they were shared', async () => {
      const store = await stores.open();
      const running = await store.startMeeting(meeting({ endsAt: at(60) }));
      await store.logShare(share(-10));
      await store.logShare(share(40));
      await store.logShare(share(5));
      await store.logShare(share(20, { channel: OTHER_ROOM }));
      await store.logShare(share(61));
      const digest = await store.sharesOf(running.id);
      expect(digest.map((entry) => entry.sharedAt)).toEqual([at(5), at(40)]);
    });

    it('logs a share outside any meeting without a meeting', async () => {
      const store = await stores.open();
      const before = await store.logShare(share(-1));
      expect(before.meetingId).toBeNull();
      const running = await store.startMeeting(meeting());
      await store.endMeeting(running.channel, at(10));
      expect((await store.logShare(share(11))).meetingId).toBeNull();
      expect(await store.sharesOf(running.id)).toEqual([]);
    });
  });
}
