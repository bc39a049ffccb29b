import { z } from 'zod';
import type { SearchReply, Section } from '../reply.js';
import { filterOptions, pageOption } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { describeScope, findRecords, understoodNote } from './find-records.js';
import { paginate } from './paginate.js';
import { problemReply } from './problem-reply.js';
import { toRecordItem } from './record-item.js';
import { staleOngoingNote } from './stale-note.js';
import { zeroResultSuggestions } from './zero-result-suggestions.js';

export const searchCommand = defineCommand({
  name: 'search',
  usage:
    'search <words> [mineral:… country:… region:… area:1-9 type:… status:… kind:… org:… donor:… year:…]',
  addressable: true,
  words: {
    name: 'query',
    required: false,
    completion: 'query',
  },
  options: z.object({ ...filterOptions, ...pageOption }),
  examples: [
    'search mercury ghana',
    'search cobalt country:drc status:ongoing',
    'search education area:3',
    'search mica type:report',
  ],
  run({ words, options, query, text }, context) {
    const found = findRecords(words, options, query, context);
    if (!found.ok)
      return problemReply(
        context.t,
        'usage',
        found.message,
        'search gold country:ghana',
        text,
        found.suggestions,
      );

    const { records, outcome } = found;
    const asked = describeScope(found, context);
    const reply: SearchReply = {
      kind: 'search',
      query: text,
      title: context.t('search:title', {
        count: records.length,
        asked: asked || context.t('search:everything'),
      }),
      total: records.length,
      results: [],
      sections: [],
      suggestions: [],
      shareable: true,
    };
    if (records.length === 0) {
      reply.sections.push({
        type: 'text',
        text: context.t('search:nothing'),
      });
      reply.suggestions = zeroResultSuggestions(
        query,
        outcome,
        (changed) => countFor(changed, context),
        context,
      );
      reply.shareable = false;
      return reply;
    }
    const page = paginate(records, query, options.page, context.t);
    reply.results = page.items.map((record) =>
      toRecordItem(record, context.now, undefined, context),
    );
    reply.paging = page.paging;
    const notes: Section[] = understoodNote(found).map((text) => ({ type: 'text', text }));
    const terms = outcome?.terms.length ?? 0;
    const complete = outcome ? outcome.hits.filter((hit) => hit.covered === terms).length : 0;
    if (outcome && outcome.unmatched.length > 0) {
      reply.weak = true;
      notes.push({
        type: 'text',
        text: context.t('search:not-every-word', {
          covered: outcome.hits[0]?.covered ?? 0,
          terms,
          missing: outcome.unmatched.join(', '),
        }),
      });
    } else if (outcome && complete < records.length) {
      notes.push({
        type: 'text',
        text: context.t('search:some-words', { count: complete, rest: records.length - complete }),
      });
    }
    const status = found.options.status;
    const stale = staleOngoingNote(
      records,
      status?.length === 1 ? status[0] : undefined,
      context.now,
      context.t,
    );
    if (stale) notes.push({ type: 'text', text: stale });
    if (page.note) notes.push({ type: 'text', text: page.note });
    reply.sections = [...notes, { type: 'records', items: reply.results }];
    return reply;
  },
});

function countFor(
  changed: Parameters<typeof findRecords>[2],
  context: Parameters<typeof findRecords>[3],
): number {
  const options = z.object(filterOptions).safeParse(changed.options);
  if (!options.success) return 0;
  const found = findRecords(changed.words, options.data, changed, context);
  return found.ok ? found.records.length : 0;
}
