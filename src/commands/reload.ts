import { z } from 'zod';
import { describeDiff } from '../corpus/describe-diff.js';
import type { ReloadOutcome } from '../corpus/reload-outcome.js';
import type { ReloadReply, Section } from '../reply.js';
import { defineCommand } from './command-spec.js';

// `reload`: a facilitator edited the corpus folder and wants it served now. The
// folder is read and indexed in slices, so everyone else's replies keep coming.

const MAX_PROBLEMS_SHOWN = 15;
const IN_MEMORY = 'This corpus was built in memory: there is no folder to read again.';

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

function describeOutcome(text: string, outcome: ReloadOutcome): ReloadReply {
  if (!outcome.ok) {
    const shown = outcome.problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = outcome.problems.length - shown.length;
    return reloadReply(text, 'Reload refused: the folder has problems', [
      {
        type: 'text',
        text: `The corpus that was answering still answers. ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'} to fix:`,
      },
      {
        type: 'chart',
        lines: more > 0 ? [...shown, `… and ${more} more (run: assay corpus check)`] : shown,
      },
    ]);
  }
  const { diff } = outcome;
  return {
    ...reloadReply(
      text,
      `Reloaded: ${outcome.records} records, data of ${outcome.date ?? 'no recorded date'}`,
      [{ type: 'chart', lines: describeDiff(diff, 'record', false) }],
    ),
    ok: true,
    added: diff.added,
    removed: diff.removed ?? [],
    changed: diff.changed.map((change) => change.id),
  };
}

export const reloadCommand = defineCommand({
  name: 'reload',
  description: 'Facilitators: read the corpus folder again; says what changed, or what is wrong',
  usage: 'reload',
  words: null,
  options: z.object({}),
  examples: ['reload'],
  facilitatorOnly: true,
  // The synchronous door cannot wait for the folder: it starts the reload and says so.
  run({ text }, context) {
    if (!context.reload) return reloadReply(text, 'Reload', [{ type: 'text', text: IN_MEMORY }]);
    // An unexpected failure leaves the old corpus answering; the asynchronous door reports it.
    context.reload().catch(() => undefined);
    return reloadReply(text, context.t('reload:started.title'), [
      { type: 'text', text: context.t('reload:started.text') },
    ]);
  },
  async runAsync({ text }, context) {
    if (!context.reload) return reloadReply(text, 'Reload', [{ type: 'text', text: IN_MEMORY }]);
    return describeOutcome(text, await context.reload());
  },
});
