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
import { countedRecords } from './stats-notes.js';
import { zeroResultSuggestions } from './zero-result-suggestions.js';

const TOP = 3;

export const briefCommand = defineCommand({
  name: 'brief',
  usage: 'brief <words> [filters]',
  addressable: true,
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
    const { t } = context;
    const tally = tallyBrief(records, tallyFields(found.named), context);
    const { interventions, reports, lessons } = tally;
    const topic = words.join(' ');
    const scope = describeFilters(found.filters.active, context);
    const reply: BriefReply = {
      kind: 'brief',
      query: text,
      title: scope ? t('brief:title-scoped', { topic, scope }) : t('brief:title', { topic }),
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
      reply.sections = [{ type: 'text', text: t('brief:nothing', { topic }) }];
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
    const matching = { topic, counted: 'brief:matching-records', filters: scope } as const;
    const inInterventions = { ...matching, counted: 'brief:matching-interventions' } as const;
    const sections: Section[] = [
      {
        type: 'text',
        text: t('brief:counts', {
          interventions: countedRecords(['intervention'], interventions.length, context),
          reports: countedRecords(['report'], reports.length, context),
          lessons: countedRecords(['lesson'], lessons.length, context),
        }),
      },
      ...breakdown('brief:heading.orgs', 'org', bars, ofInterventions, inInterventions, context),
      ...breakdown(
        'brief:heading.donors',
        'donor',
        bars,
        ofInterventions,
        inInterventions,
        context,
      ),
      ...ongoingSection(tally.ongoing, context),
      ...breakdown('brief:heading.where', 'country', bars, records.length, matching, context),
      ...breakdown('brief:heading.minerals', 'mineral', bars, records.length, matching, context),
      ...breakdown('brief:heading.areas', 'area', bars, ofInterventions, inInterventions, context),
      { type: 'heading', text: t('brief:heading.top', { count: reply.top.length }) },
      { type: 'records', items: reply.top },
    ];
    if (bestLessons.length > 0)
      sections.push(
        { type: 'heading', text: t('brief:heading.lessons') },
        {
          type: 'records',
          items: bestLessons.map((lesson) =>
            toRecordItem(lesson, context.now, lesson.summary, context),
          ),
        },
      );
    sections.push(
      { type: 'heading', text: t('brief:heading.gaps') },
      { type: 'text', text: gapLines(tally, context, context).join(' ') },
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
