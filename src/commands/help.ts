import { z } from 'zod';
import type { Translate } from '../i18n/index.js';
import type { Field, HelpReply } from '../reply.js';
import { COMMAND_NAMES } from '../search/parse-query.js';
import { closestWords } from '../text/closest-words.js';
import { defineCommand } from './command-spec.js';
import { describeCommand } from './describe-commands.js';
import { problemReply } from './problem-reply.js';

const PLACEHOLDER = /([<[])(words|filters|field|id|command)([>\]])/g;

/** A usage line with its placeholders in the reader's words (`search <mots>`); the grammar stays. */
function usageIn(usage: string, t: Translate): string {
  return usage.replace(
    PLACEHOLDER,
    (_, open: string, name: 'words' | 'filters' | 'field' | 'id' | 'command', close: string) =>
      `${open}${t(`help:placeholder.${name}`)}${close}`,
  );
}

export const helpCommand = defineCommand({
  name: 'help',
  usage: 'help [command]',
  words: {
    name: 'command',
    required: false,
    completion: 'command',
  },
  options: z.object({}),
  examples: ['help', 'help stats', 'help search'],
  run({ words, text }, context) {
    const wanted = words[0]?.toLowerCase();
    if (wanted === undefined) {
      const fields: Field[] = context.commands.map((spec) => ({
        label: usageIn(spec.usage.split(' [')[0] ?? spec.name, context.t),
        value: context.t('help:example', {
          description: describeCommand(spec, context.locale).description,
          example: spec.examples[0] ?? spec.name,
        }),
      }));
      const { interventions, reports, lessons } = context.corpus;
      const reply: HelpReply = {
        kind: 'help',
        query: text,
        title: context.t('help:title'),
        sections: [
          {
            type: 'text',
            text: context.t('help:intro', {
              interventions: context.t('help:interventions', { count: interventions.length }),
              reports: context.t('help:reports', { count: reports.length }),
              lessons: context.t('help:lessons', { count: lessons.length }),
            }),
          },
          { type: 'fields', fields },
          { type: 'text', text: context.t('help:filters') },
          // Said once, in the reader's language: the corpus itself is not translated.
          { type: 'text', text: context.t('help:corpus-language') },
        ],
        suggestions: ['search mercury ghana', 'stats by:mineral', 'brief cobalt'].map((query) => ({
          label: query,
          query,
        })),
        shareable: false,
      };
      return reply;
    }
    const spec = context.commands.find((candidate) => candidate.name === wanted);
    if (!spec) {
      const guess = closestWords(wanted, COMMAND_NAMES, 1)[0];
      const named = { typed: words[0] ?? '', commands: COMMAND_NAMES.join(', ') };
      const message = guess
        ? context.t('help:no-command-guess', { ...named, guess })
        : context.t('help:no-command', named);
      return problemReply(
        context.t,
        'usage',
        message,
        guess ? `help ${guess}` : 'help',
        text,
        guess ? [{ label: `help ${guess}`, query: `help ${guess}` }] : [],
      );
    }
    const described = describeCommand(spec, context.locale);
    const options = described.options.map((option) => ({
      label: `${option.name}:`,
      value: option.description,
    }));
    const reply: HelpReply = {
      kind: 'help',
      query: text,
      title: `help ${spec.name}`,
      sections: [
        { type: 'text', text: `${described.description}.` },
        { type: 'chart', lines: [usageIn(spec.usage, context.t)] },
        ...(options.length > 0 ? [{ type: 'fields' as const, fields: options }] : []),
        { type: 'heading', text: context.t('help:examples') },
        { type: 'chart', lines: spec.examples },
      ],
      suggestions: spec.examples.map((example) => ({ label: example, query: example })),
      shareable: false,
    };
    return reply;
  },
});
