import { z } from 'zod';
import type { CorpusRecord } from '../corpus/corpus.js';
import type { BriefReply, Section } from '../reply.js';
import { breakdown, gapLines, ongoingSection } from './brief-sections.js';
import { topicRecords } from './brief-topic.js';
import { filterOptions } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { describeFilters } from './find-records.js';
import { problemReply } from './problem-reply.js';
import { toRecordItem } from './record-item.js';
import { zeroResultSuggestions } from './zero-result-suggestions.js';

const TOP = 3;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const briefCommand = defineCommand({
  name: 'brief',
  description:
    'A one-screen profile of a topic: counts, who is active, ongoing, top 3, lessons, gaps',
  usage: 'brief <words> [filters]',
  words: {
    name: 'topic',
    description: 'The topic, e.g. ghana, cobalt, ilo or mercury ghana',
    required: true,
    completion: 'query',
  },
  options: z.object(filterOptions),
  examples: ['brief cobalt', 'brief ghana', 'brief ilo', 'brief mercury', 'brief mica'],
  run({ words, options, query, text }, context) {
    const found = topicRecords(words, options, query, context);
    if (!found.ok)
      return problemReply(
        context.t,
        'usage',
        found.message,
        'brief cobalt',
        text,
        found.suggestions,
      );
    const { records } = found;
    const of = (type: CorpusRecord['type']) => records.filter((record) => record.type === type);
    const interventions = of('intervention');
    const reports = of('report');
    const lessons = of('lesson');
    const topic = words.join(' ');
    const scope = describeFilters(found.filters.active);
    const reply: BriefReply = {
      kind: 'brief',
      query: text,
      title: `Brief: ${topic}${scope ? ` (${scope})` : ''}`,
      topic,
      counts: {
        intervention: interventions.length,
        report: reports.length,
        lesson: lessons.length,
      },
      top: [],
      sections: [],
      suggestions: [],
      shareable: true,
    };
    if (records.length === 0) {
      reply.sections = [
        { type: 'text', text: `Nothing in the corpus matches "${topic}". Try one of these:` },
      ];
      reply.suggestions = zeroResultSuggestions(query, found.outcome, () => 1, context);
      reply.shareable = false;
      return reply;
    }
    reply.top = records
      .filter((record) => record.type !== 'lesson')
      .slice(0, TOP)
      .map((record) => toRecordItem(record, context.now));
    const related = new Set(reply.top.map((item) => item.id));
    const bestLessons = [
      ...lessons,
      ...context.corpus.records.filter(
        (record) =>
          record.type === 'lesson' &&
          !lessons.includes(record) &&
          record.related.some((id) => related.has(id)),
      ),
    ].slice(0, TOP);
    const matching = { topic, counted: 'matching records', filters: scope };
    const inInterventions = { ...matching, counted: 'matching interventions' };
    const sections: Section[] = [
      {
        type: 'text',
        text: `${plural(interventions.length, 'intervention')}, ${plural(reports.length, 'report')} and ${plural(lessons.length, 'lesson')}.`,
      },
      ...breakdown('Organisations (interventions)', interventions, 'org', context, inInterventions),
      ...breakdown('Donors (interventions)', interventions, 'donor', context, inInterventions),
      ...ongoingSection(interventions, context.now),
      ...(found.named === 'country'
        ? []
        : breakdown('Where', records, 'country', context, matching)),
      ...(found.named === 'mineral'
        ? []
        : breakdown('Minerals', records, 'mineral', context, matching)),
      ...breakdown(
        'ILO areas of work (interventions)',
        interventions,
        'area',
        context,
        inInterventions,
      ),
      { type: 'heading', text: `Top ${reply.top.length}` },
      { type: 'records', items: reply.top },
    ];
    if (bestLessons.length > 0)
      sections.push(
        { type: 'heading', text: 'Lessons' },
        {
          type: 'records',
          items: bestLessons.map((lesson) => toRecordItem(lesson, context.now, lesson.summary)),
        },
      );
    sections.push(
      { type: 'heading', text: 'Gaps' },
      { type: 'text', text: gapLines(interventions, reports, context).join(' ') },
    );
    reply.sections = sections;
    return reply;
  },
});
