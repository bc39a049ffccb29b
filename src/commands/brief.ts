import { z } from 'zod';
import type { BriefReply, Section } from '../reply.js';
import { breakdown, gapLines, ongoingSection } from './brief-sections.js';
import { type TallyFields, tallyBrief } from './brief-tally.js';
import { type TopicKey, topicRecords } from './brief-topic.js';
import { filterOptions } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { describeFilters } from './find-records.js';
import { problemReply } from './problem-reply.js';
import { toRecordItem } from './record-item.js';
import { lessonRecords } from './related-records.js';
import { zeroResultSuggestions } from './zero-result-suggestions.js';

const TOP = 3;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const briefCommand = defineCommand({
  name: 'brief',
  usage: 'brief <words> [filters]',
  words: {
    name: 'topic',
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
    const tally = tallyBrief(records, tallyFields(found.named), context);
    const { interventions, reports, lessons } = tally;
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
      .map((record) => toRecordItem(record, context.now, undefined, context));
    const related = new Set(reply.top.map((item) => item.id));
    const matched = new Set(lessons);
    const bestLessons = [
      ...lessons,
      ...lessonRecords(context.corpus).filter(
        (record) => !matched.has(record) && record.related.some((id) => related.has(id)),
      ),
    ].slice(0, TOP);
    const bars = tally.buckets;
    const ofInterventions = interventions.length;
    const matching = { topic, counted: 'matching records', filters: scope };
    const inInterventions = { ...matching, counted: 'matching interventions' };
    const sections: Section[] = [
      {
        type: 'text',
        text: `${plural(interventions.length, 'intervention')}, ${plural(reports.length, 'report')} and ${plural(lessons.length, 'lesson')}.`,
      },
      ...breakdown(
        'Organisations (interventions)',
        bars.get('org'),
        ofInterventions,
        inInterventions,
      ),
      ...breakdown('Donors (interventions)', bars.get('donor'), ofInterventions, inInterventions),
      ...ongoingSection(tally.ongoing),
      ...breakdown('Where', bars.get('country'), records.length, matching),
      ...breakdown('Minerals', bars.get('mineral'), records.length, matching),
      ...breakdown(
        'ILO areas of work (interventions)',
        bars.get('area'),
        ofInterventions,
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
          items: bestLessons.map((lesson) =>
            toRecordItem(lesson, context.now, lesson.summary, context),
          ),
        },
      );
    sections.push(
      { type: 'heading', text: 'Gaps' },
      { type: 'text', text: gapLines(tally, context).join(' ') },
    );
    reply.sections = sections;
    return reply;
  },
});

/** A profile of a country leaves out "Where", of a mineral "Minerals": one bar would say nothing. */
function tallyFields(named: TopicKey | undefined): TallyFields {
  return {
    interventions: ['org', 'donor', 'area'],
    all: (['country', 'mineral'] as const).filter((field) => field !== named),
  };
}
