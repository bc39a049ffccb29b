import { z } from 'zod';
import type { Field, HelpReply } from '../reply.js';
import { COMMAND_NAMES } from '../search/parse-query.js';
import { closestWords } from '../text/closest-words.js';
import { defineCommand } from './command-spec.js';
import { describeCommand } from './describe-commands.js';
import { problemReply } from './problem-reply.js';

export const helpCommand = defineCommand({
  name: 'help',
  description: 'What Assay can do, with examples; help <command> for one command',
  usage: 'help [command]',
  words: {
    name: 'command',
    description: 'A command name, e.g. stats',
    required: false,
    completion: 'command',
  },
  options: z.object({}),
  examples: ['help', 'help stats', 'help search'],
  run({ words, text }, context) {
    const wanted = words[0]?.toLowerCase();
    if (wanted === undefined) {
      const fields: Field[] = context.commands.map((spec) => ({
        label: spec.usage.split(' [')[0] ?? spec.name,
        value: `${spec.description}. Example: ${spec.examples[0] ?? spec.name}`,
      }));
      const reply: HelpReply = {
        kind: 'help',
        query: text,
        title: 'Assay: interventions and reports on child labour in artisanal mining',
        sections: [
          {
            type: 'text',
            text: `Type words to search (bare words mean search), or a command. The corpus: ${context.corpus.interventions.length} interventions, ${context.corpus.reports.length} reports, ${context.corpus.lessons.length} lessons.`,
          },
          { type: 'fields', fields },
          {
            type: 'text',
            text: 'Filters: mineral, country, region, area (1–9), type, status, kind, org, donor, year (2019 or 2015-2020), page. Quote values with spaces: country:"burkina faso".',
          },
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
      const message = `There is no command "${words[0]}".${guess ? ` Did you mean ${guess}?` : ''} Commands: ${COMMAND_NAMES.join(', ')}.`;
      return problemReply(
        context.t,
        'usage',
        message,
        guess ? `help ${guess}` : 'help',
        text,
        guess ? [{ label: `help ${guess}`, query: `help ${guess}` }] : [],
      );
    }
    const described = describeCommand(spec);
    const options = described.options.map((option) => ({
      label: `${option.name}:`,
      value: option.description,
    }));
    const reply: HelpReply = {
      kind: 'help',
      query: text,
      title: `help ${spec.name}`,
      sections: [
        { type: 'text', text: `${spec.description}.` },
        { type: 'chart', lines: [spec.usage] },
        ...(options.length > 0 ? [{ type: 'fields' as const, fields: options }] : []),
        { type: 'heading', text: 'Examples' },
        { type: 'chart', lines: spec.examples },
      ],
      suggestions: spec.examples.map((example) => ({ label: example, query: example })),
      shareable: false,
    };
    return reply;
  },
});
