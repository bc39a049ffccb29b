import { afterEach, beforeEach } from 'vitest';
import type { ChannelRef, NewMeeting, NewShare, Person, Store } from '../../src/store/store.js';
import type { StorePlace } from './store-places.js';

// Per test: a fresh place, every store opened on it closed afterwards, the place removed.
// Times are an injected clock: minutes after T0.

export const T0 = Date.parse('2026-03-10T14:00:00Z');
export const at = (minutes: number) => new Date(T0 + minutes * 60_000);

export const ROOM: ChannelRef = { platform: 'slack', channelId: 'C0WORKSHOP' };
export const OTHER_ROOM: ChannelRef = { platform: 'discord', channelId: '1180000000000000001' };
export const AMA: Person = { userId: 'U01FACIL', displayName: 'Ama (facilitator)' };
export const KOFI: Person = { userId: 'U02PART', displayName: 'Kofi' };

export function usePlace<Place extends StorePlace>(
  make: () => Promise<Place>,
): { open(): Promise<Store>; place(): Place } {
  let place: Place | undefined;
  const opened: Store[] = [];
  beforeEach(async () => {
    place = await make();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await place?.dispose();
    place = undefined;
  });
  const current = () => {
    if (!place) throw new Error('no place: usePlace runs per test');
    return place;
  };
  return {
    place: current,
    async open() {
      const store = await current().open();
      opened.push(store);
      return store;
    },
  };
}

export function meeting(overrides: Partial<NewMeeting> = {}): NewMeeting {
  return {
    channel: ROOM,
    title: 'Mercury in Ghana',
    filters: { mineral: 'gold', country: 'Ghana' },
    startedBy: AMA,
    startsAt: at(0),
    endsAt: at(90),
    ...overrides,
  };
}

export function share(minutes: number, overrides: Partial<NewShare> = {}): NewShare {
  return {
    channel: ROOM,
    sharedBy: KOFI,
    sharedAt: at(minutes),
    command: 'search mercury country:Ghana',
    records: [
      {
        id: 'int-001',
        type: 'intervention',
        title: `Finding shared at minute ${minutes}`,
        url: 'https://example.org/finding',
      },
    ],
    ...overrides,
  };
}
