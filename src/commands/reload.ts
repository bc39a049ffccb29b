import { z } from 'zod';
import { describeDiff } from '../corpus/describe-diff.js';
import type { ReloadReply } from '../reply.js';
import { defineCommand } from './command-spec.js';

// `reload`: a facilitator edited the corpus folder and wants it served now.

const MAX_PROBLEMS_SHOWN = 15;

export const reloadCommand = defineCommand({
  name: 'reload',
  description: 'Facilitators: read the corpus folder again; says what changed, or what is wrong',
  usage: 'reload',
  words: null,
  options: z.object({}),
  examples: ['reload'],
  facilitatorOnly: true,
  run({ text }, context) {
    const reply: ReloadReply = {
      kind: 'reload',
      query: text,
      title: 'Reload',
      ok: false,
      added: [],
      removed: [],
      changed: [],
      sections: [],
      suggestions: [],
      shareable: false,
    };
    if (!context.reload) {
      reply.sections = [
        {
          type: 'text',
          text: 'This corpus was built in memory: there is no folder to read again.',
        },
      ];
      return reply;
    }
    const outcome = context.reload();
    if (!outcome.ok) {
      const shown = outcome.problems.slice(0, MAX_PROBLEMS_SHOWN);
      const more = outcome.problems.length - shown.length;
      reply.title = 'Reload refused: the folder has problems';
      reply.sections = [
        {
          type: 'text',
          text: `The corpus that was answering still answers. ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'} to fix:`,
        },
        {
          type: 'chart',
          lines: more > 0 ? [...shown, `… and ${more} more (run: assay corpus check)`] : shown,
        },
      ];
      return reply;
    }
    const { diff } = outcome;
    Object.assign(reply, {
      ok: true,
      added: diff.added,
      removed: diff.removed ?? [],
      changed: diff.changed.map((change) => change.id),
      title: `Reloaded: ${outcome.records} records, data of ${outcome.date ?? 'no recorded date'}`,
    });
    reply.sections = [{ type: 'chart', lines: describeDiff(diff, 'record', false) }];
    return reply;
  },
});
