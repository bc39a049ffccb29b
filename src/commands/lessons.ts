import { z } from 'zod';
import type { LessonsReply } from '../reply.js';
import { filterOptions, pageOption } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { findRecords } from './find-records.js';
import { paginate } from './paginate.js';
import { problemReply } from './problem-reply.js';
import { toRecordItem } from './record-item.js';
import { zeroResultSuggestions } from './zero-result-suggestions.js';

const { mineral, country, region, area } = filterOptions;

export const lessonsCommand = defineCommand({
  name: 'lessons',
  usage: 'lessons [words] [mineral:… country:… region:… area:…]',
  addressable: true,
  words: {
    name: 'query',
    required: false,
    completion: 'query',
  },
  options: z.object({ mineral, country, region, area, ...pageOption }),
  examples: ['lessons', 'lessons formalisation', 'lessons mineral:cobalt', 'lessons education'],
  run({ words, options, query, text }, context) {
    const found = findRecords(words, options, query, context);
    if (!found.ok)
      return problemReply(
        context.t,
        'usage',
        found.message,
        'lessons mineral:cobalt',
        text,
        found.suggestions,
      );
    const lessons = found.records.filter((record) => record.type === 'lesson');
    const reply: LessonsReply = {
      kind: 'lessons',
      query: text,
      title:
        words.length > 0
          ? context.t('lessons:title-on', { count: lessons.length, words: words.join(' ') })
          : context.t('lessons:title', { count: lessons.length }),
      total: lessons.length,
      results: [],
      sections: [],
      suggestions: [],
      shareable: true,
    };
    if (lessons.length === 0) {
      reply.sections = [{ type: 'text', text: context.t('lessons:none') }];
      const count = (changed: typeof query) => {
        const again = findRecords(changed.words, {}, changed, context);
        return again.ok ? again.records.filter((record) => record.type === 'lesson').length : 0;
      };
      reply.suggestions = zeroResultSuggestions(query, found.outcome, count, context);
      if (reply.suggestions.length === 0)
        reply.suggestions = [{ label: context.t('lessons:all'), query: 'lessons' }];
      reply.shareable = false;
      return reply;
    }
    const page = paginate(lessons, query, options.page, context.t);
    reply.results = page.items.map((lesson) =>
      toRecordItem(lesson, context.now, lesson.summary, context),
    );
    reply.paging = page.paging;
    reply.sections = [
      ...(page.note ? [{ type: 'text' as const, text: page.note }] : []),
      { type: 'records', items: reply.results },
    ];
    return reply;
  },
});
