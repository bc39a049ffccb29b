import { z } from 'zod';
import { type DiffWording, diffLines } from '../corpus/describe-diff.js';
import type { ReloadOutcome } from '../corpus/reload-outcome.js';
import type { Translate } from '../i18n/index.js';
import type { ReloadReply, Section } from '../reply.js';
import { defineCommand } from './command-spec.js';

// `reload`: a facilitator edited the corpus folder and wants it served now. The
// folder is read and indexed in slices, so everyone else's replies keep coming.

const MAX_PROBLEMS_SHOWN = 15;

const diffWording = (t: Translate): DiffWording => ({
  added: (count, ids) => t('reload:diff.added', { count, ids }),
  changed: (count) => t('reload:diff.changed', { count }),
  removed: (count, ids) => t('reload:diff.removed', { count, ids }),
  unchanged: (count) => t('reload:diff.unchanged', { count }),
  moreFields: t('reload:diff.more-fields'),
});

const inMemory = (text: string, t: Translate) =>
  reloadReply(text, t('reload:title'), [{ type: 'text', text: t('reload:in-memory') }]);

function reloadReply(text: string, title: string, sections: Section[]): ReloadReply {
  return {
    kind: 'reload',
    query: text,
    title,
    ok: false,
    added: [],
    removed: [],
    changed: [],
    sections,
    suggestions: [],
    shareable: false,
  };
}

function describeOutcome(text: string, outcome: ReloadOutcome, t: Translate): ReloadReply {
  if (!outcome.ok) {
    const shown = outcome.problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = outcome.problems.length - shown.length;
    return reloadReply(text, t('reload:refused.title'), [
      { type: 'text', text: t('reload:refused.text', { count: outcome.problems.length }) },
      {
        type: 'chart',
        lines: more > 0 ? [...shown, t('reload:refused.more', { count: more })] : shown,
      },
    ]);
  }
  const { diff } = outcome;
  const records = t('lists:data.records', { count: outcome.records });
  return {
    ...reloadReply(
      text,
      outcome.date === null
        ? t('reload:done.undated', { records })
        : t('reload:done.title', { records, date: outcome.date }),
      [{ type: 'chart', lines: diffLines(diff, diffWording(t)) }],
    ),
    ok: true,
    added: diff.added,
    removed: diff.removed ?? [],
    changed: diff.changed.map((change) => change.id),
  };
}

export const reloadCommand = defineCommand({
  name: 'reload',
  usage: 'reload',
  words: null,
  options: z.object({}),
  examples: ['reload'],
  facilitatorOnly: true,
  // The synchronous door cannot wait for the folder: it starts the reload and says so.
  run({ text }, context) {
    if (!context.reload) return inMemory(text, context.t);
    // An unexpected failure leaves the old corpus answering; the asynchronous door reports it.
    context.reload().catch(() => undefined);
    return reloadReply(text, context.t('reload:started.title'), [
      { type: 'text', text: context.t('reload:started.text') },
    ]);
  },
  async runAsync({ text }, context) {
    if (!context.reload) return inMemory(text, context.t);
    return describeOutcome(text, await context.reload(), context.t);
  },
});
