import { z } from 'zod';
import type { CardReply } from '../reply.js';
import { closestWords } from '../text/closest-words.js';
import { foldText } from '../text/fold-text.js';
import { pageOption } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { problemReply } from './problem-reply.js';
import { recordCard } from './record-card.js';
import { toRecordItem } from './record-item.js';

export const showCommand = defineCommand({
  name: 'show',
  usage: 'show <id>',
  words: {
    name: 'id',
    required: true,
    completion: 'id',
  },
  options: z.object(pageOption),
  examples: ['show caring-gold', 'show cotecco', 'show toxic-toil-2013'],
  run({ words, options, text }, context) {
    const typed = words.join(' ');
    const id = foldText(typed).replace(/ /g, '-');
    const record = context.corpus.byId.get(id);
    if (!record) {
      const guesses = new Set(closestWords(id, context.corpus.byId.keys(), 3));
      for (const hit of context.index.search(words).hits.slice(0, 3)) guesses.add(hit.record.id);
      const suggestions = [...guesses]
        .slice(0, 5)
        .map((guess) => ({ label: guess, query: `show ${guess}` }));
      const message =
        suggestions.length > 0
          ? context.t('card:not-found-guess', { id: typed })
          : context.t('card:not-found', { id: typed });
      return problemReply(context.t, 'not-found', message, 'show caring-gold', text, suggestions);
    }
    const item = toRecordItem(record, context.now, undefined, context);
    const { card, more } = recordCard(record, context.corpus, context.now, context);
    // Headers are short: the acronym or short name, whole; the full name leads the card.
    const short = record.acronym && record.acronym.length < record.title.length;
    const name = short ? (record.acronym ?? record.title) : record.title;
    const onMore = options.page === 2 && more.length > 0;
    const reply: CardReply = {
      kind: 'card',
      query: text,
      title: onMore ? context.t('card:more-title', { name }) : name,
      record: item,
      sections: onMore
        ? more
        : [...(short ? [{ type: 'heading' as const, text: record.title }] : []), ...card],
      suggestions: onMore
        ? [{ label: context.t('card:back'), query: `show ${record.id}` }]
        : more.length > 0
          ? [{ label: context.t('card:more'), query: `show ${record.id} page:2` }]
          : [],
      shareable: true,
    };
    return reply;
  },
});
