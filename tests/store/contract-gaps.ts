import { describe, expect, it } from 'vitest';
import type { NewUnanswered } from '../../src/store/store.js';
import { at, meeting, OTHER_ROOM, ROOM, usePlace } from './store-harness.js';
import type { MakePlace } from './store-places.js';

const ask = (minutes: number, question: string, more: Partial<NewUnanswered> = {}) => ({
  channel: ROOM,
  askedAt: at(minutes),
  question,
  filters: {},
  outcome: 'none' as const,
  ...more,
});

export function gapContract(make: MakePlace): void {
  describe('unanswered questions', () => {
    const stores = usePlace(make);

    it('counts the most asked of a meeting first, with their filters', async () => {
      const store = await stores.open();
      const running = await store.startMeeting(meeting());
      const ghana = { country: 'Ghana', mineral: 'gold' };
      await store.logUnanswered(ask(1, 'child care at the pit', { filters: ghana }));
      await store.logUnanswered(ask(2, 'tin prices', { outcome: 'weak' }));
      // The same filters typed in another order are the same question.
      const reordered = { mineral: 'gold', country: 'Ghana' };
      await store.logUnanswered(ask(3, 'child care at the pit', { filters: reordered }));
      await store.logUnanswered(ask(4, 'child care at the pit', { filters: { country: 'Mali' } }));
      expect(await store.topUnanswered({ meetingId: running.id }, 10)).toEqual([
        { question: 'child care at the pit', filters: ghana, asked: 2, lastAskedAt: at(3) },
        {
          question: 'child care at the pit',
          filters: { country: 'Mali' },
          asked: 1,
          lastAskedAt: at(4),
        },
        { question: 'tin prices', filters: {}, asked: 1, lastAskedAt: at(2) },
      ]);
    });

    it('scopes to the meeting, the channel, or everywhere, and honours the limit', async () => {
      const store = await stores.open();
      await store.logUnanswered(ask(-30, 'tin prices'));
      const running = await store.startMeeting(meeting());
      await store.logUnanswered(ask(1, 'school fees'));
      await store.logUnanswered(ask(2, 'school fees', { channel: OTHER_ROOM }));
      await store.logUnanswered(ask(3, 'tin prices', { channel: OTHER_ROOM }));
      const questions = (rows: { question: string; asked: number }[]) =>
        rows.map((row) => `${row.question} ×${row.asked}`);
      expect(questions(await store.topUnanswered({ meetingId: running.id }, 10))).toEqual([
        'school fees ×1',
      ]);
      expect(questions(await store.topUnanswered({ channel: ROOM }, 10))).toEqual([
        'school fees ×1',
        'tin prices ×1',
      ]);
      expect(questions(await store.topUnanswered({ everywhere: true }, 10))).toEqual([
        'tin prices ×2',
        'school fees ×2',
      ]);
      expect(await store.topUnanswered({ everywhere: true }, 1)).toHaveLength(1);
    });
  });
}
