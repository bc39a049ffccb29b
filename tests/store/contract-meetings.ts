import { describe, expect, it } from 'vitest';
import { AMA, at, KOFI, meeting, OTHER_ROOM, ROOM, usePlace } from './store-harness.js';
import type { MakePlace } from './store-places.js';

export function meetingContract(make: MakePlace): void {
  describe('meeting sessions', () => {
    const stores = usePlace(make);

    it('keeps what the facilitator set: title, filters, who, start and end', async () => {
      const store = await stores.open();
      const started = await store.startMeeting(meeting());
      expect(started).toMatchObject({
        channel: ROOM,
        title: 'Mercury in Ghana',
        filters: { mineral: 'gold', country: 'Ghana' },
        startedBy: AMA,
        startsAt: at(0),
        endsAt: at(90),
        endedEarlyAt: null,
      });
      expect(await store.currentMeeting(ROOM, at(30))).toEqual(started);
    });

    it('is current from its start until its time runs out, by the injected clock', async () => {
      const store = await stores.open();
      const started = await store.startMeeting(meeting({ startsAt: at(0), endsAt: at(90) }));
      expect(await store.currentMeeting(ROOM, at(-1))).toBeNull();
      expect((await store.currentMeeting(ROOM, at(0)))?.id).toBe(started.id);
      expect((await store.currentMeeting(ROOM, at(89.99)))?.id).toBe(started.id);
      expect(await store.currentMeeting(ROOM, at(90))).toBeNull();
      expect(await store.currentMeeting(ROOM, at(200))).toBeNull();
    });

    it('ends early on meeting end, and says so', async () => {
      const store = await stores.open();
      const started = await store.startMeeting(meeting());
      const ended = await store.endMeeting(ROOM, at(45));
      expect(ended).toMatchObject({ id: started.id, endedEarlyAt: at(45), endsAt: at(90) });
      expect(await store.currentMeeting(ROOM, at(46))).toBeNull();
      expect(await store.endMeeting(ROOM, at(50))).toBeNull();
    });

    it('has no current meeting in a channel that never had one', async () => {
      const store = await stores.open();
      await store.startMeeting(meeting());
      expect(await store.currentMeeting(OTHER_ROOM, at(10))).toBeNull();
      expect(await store.endMeeting(OTHER_ROOM, at(10))).toBeNull();
      expect(await store.latestMeeting(OTHER_ROOM, at(10))).toBeNull();
    });

    it('keeps channels apart, also the same channel id on another platform', async () => {
      const store = await stores.open();
      const sameIdOnDiscord = { platform: 'discord' as const, channelId: ROOM.channelId };
      const slack = await store.startMeeting(meeting());
      const discord = await store.startMeeting(
        meeting({ channel: sameIdOnDiscord, title: null, filters: {}, startedBy: KOFI }),
      );
      expect((await store.currentMeeting(ROOM, at(5)))?.id).toBe(slack.id);
      expect(await store.currentMeeting(sameIdOnDiscord, at(5))).toEqual(discord);
      await store.endMeeting(sameIdOnDiscord, at(6));
      expect((await store.currentMeeting(ROOM, at(7)))?.id).toBe(slack.id);
    });

    it('ends the running meeting when a new one starts in the channel', async () => {
      const store = await stores.open();
      const first = await store.startMeeting(meeting());
      const second = await store.startMeeting(
        meeting({ startsAt: at(30), endsAt: at(60), filters: { mineral: 'cobalt' } }),
      );
      expect((await store.currentMeeting(ROOM, at(31)))?.id).toBe(second.id);
      const ended = await store.latestMeeting(ROOM, at(10));
      expect(ended).toMatchObject({ id: first.id, endedEarlyAt: at(30) });
    });

    it('finds the latest meeting after it is over, for the digest', async () => {
      const store = await stores.open();
      await store.startMeeting(meeting({ startsAt: at(0), endsAt: at(30) }));
      const later = await store.startMeeting(meeting({ startsAt: at(60), endsAt: at(120) }));
      await store.endMeeting(ROOM, at(100));
      expect((await store.latestMeeting(ROOM, at(500)))?.id).toBe(later.id);
      expect(await store.latestMeeting(ROOM, at(-5))).toBeNull();
    });
  });
}
