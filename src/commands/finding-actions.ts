import type { Translate } from '../i18n/index.js';
import type { FindingActions, RecordItem, Reply } from '../reply.js';

// Which results a reply offers one at a time, and the words for doing so. The core's one
// door adds them to every shareable search, brief and lessons reply.

/** The records a reply lists as its results (search and lessons: the page; brief: its top). */
export function resultItems(reply: Reply): RecordItem[] {
  if (reply.kind === 'search' || reply.kind === 'lessons') return reply.results;
  if (reply.kind === 'brief') return reply.top;
  return [];
}

export function findingActions(reply: Reply, t: Translate): FindingActions | undefined {
  const items = resultItems(reply);
  if (!reply.shareable || items.length === 0) return undefined;
  return {
    asked: reply.query,
    share: t('findings:share'),
    details: t('findings:details'),
    prompt: t('findings:prompt'),
    items: items.map(({ id, title }) => ({ id, title })),
  };
}

/** Record ids as the corpus writes them: a finding's id from a button is checked against this. */
export const RECORD_ID = /^(?=.{1,100}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
