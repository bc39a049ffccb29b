import type { Caller } from '../caller.js';
import { resultItems } from '../commands/finding-actions.js';
import { DEFAULT_LOCALE, translatorFor } from '../i18n/index.js';
import type { RecordItem, Reply } from '../reply.js';
import type { SharedRecord, Store } from '../store/store.js';
import { StoreUnavailable } from '../store/store-errors.js';
import { channelOf, storeApology } from './answer-with-store.js';

/** The records a reply shows, as the share log keeps them. */
export function sharedRecords(reply: Reply): SharedRecord[] {
  const items: RecordItem[] = reply.kind === 'card' ? [reply.record] : resultItems(reply);
  return items.map(({ id, type, title, url }) => ({ id, type, title, url }));
}

/**
 * One share-log row for a Share: who (platform id and display name), when, where, the
 * command and its records. Null when logged; an apology for the sharer when the store failed.
 */
export async function logShare(
  store: Store,
  reply: Reply,
  caller: Caller,
  now: Date,
): Promise<Reply | null> {
  const userId = caller.userId ?? caller.platform;
  const records = sharedRecords(reply);
  // A shared digest is the reading list itself, not a finding for it.
  if (reply.kind === 'digest') return null;
  try {
    await store.logShare({
      channel: channelOf(caller),
      sharedBy: { userId, displayName: caller.displayName ?? userId },
      sharedAt: now,
      command: reply.query,
      records,
    });
    return null;
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    return storeApology(translatorFor(caller.locale ?? DEFAULT_LOCALE), reply.query);
  }
}
