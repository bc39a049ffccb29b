import { z } from 'zod';
import type { CorpusRecord } from '../corpus/corpus.js';
import type { AreasReply, Field, RecordItem } from '../reply.js';
import { pageOption } from './command-options.js';
import { defineCommand } from './command-spec.js';
import { toRecordItem } from './record-item.js';

export const areasCommand = defineCommand({
  name: 'areas',
  usage: 'areas',
  words: null,
  options: z.object(pageOption),
  examples: ['areas'],
  run({ options, text }, context) {
    const interventions = context.corpus.records.filter((record) => record.type === 'intervention');
    const used = new Set<string>();
    const areas = context.corpus.areas.map((area) => {
      const inArea = interventions.filter((record) => record.areas.includes(area.number));
      const example = typicalExample(inArea, used);
      if (example) used.add(example.id);
      return { area, count: inArea.length, example };
    });
    const { t } = context;
    const interventionCount = (count: number) => t('areas:count', { count });
    // Two phone screens: short names and counts; descriptions and examples behind More.
    const short: Field[] = areas.map(({ area, count }) => ({
      label: `${area.number} · ${area.short}`,
      value: interventionCount(count),
    }));
    const fields: Field[] = areas.map(({ area, count }) => ({
      label: `${area.number} · ${area.name}`,
      value: t('areas:described', {
        interventions: interventionCount(count),
        description: area.description,
      }),
    }));
    const examples: RecordItem[] = areas.flatMap(({ area, example }) => {
      if (!example) return [];
      const item = toRecordItem(example, context.now, undefined, context);
      const facts = t('areas:example-facts', { number: String(area.number), facts: item.facts });
      return [{ ...item, facts }];
    });
    const reply: AreasReply = {
      kind: 'areas',
      query: text,
      title: t('areas:title'),
      areas: areas.map(({ area, count }) => ({ number: area.number, name: area.name, count })),
      sections:
        options.page === 2
          ? [
              { type: 'fields', fields },
              { type: 'heading', text: t('areas:heading.examples') },
              { type: 'records', items: examples },
            ]
          : [
              { type: 'fields', fields: short },
              { type: 'text', text: t('areas:judged') },
              // The area names are the corpus's English: say so to readers of other languages.
              ...(context.locale === 'en'
                ? []
                : [{ type: 'text' as const, text: t('areas:names-in-english') }]),
            ],
      suggestions: [
        options.page === 2
          ? { label: t('areas:back'), query: 'areas' }
          : { label: t('areas:more'), query: 'areas page:2' },
        { label: 'stats by:area', query: 'stats by:area' },
        { label: 'search area:1', query: 'search area:1' },
      ],
      shareable: true,
    };
    return reply;
  },
});

/**
 * The example for an area: a high-confidence record not already shown for
 * another area, working in as few areas as possible (so it is typical of this one).
 */
function typicalExample(
  records: readonly CorpusRecord[],
  used: ReadonlySet<string>,
): CorpusRecord | undefined {
  const confidence = (record: CorpusRecord) =>
    (record.source as { confidence: string }).confidence === 'high' ? 0 : 1;
  return [...records].sort(
    (a, b) =>
      Number(used.has(a.id)) - Number(used.has(b.id)) ||
      confidence(a) - confidence(b) ||
      a.areas.length - b.areas.length ||
      a.title.localeCompare(b.title),
  )[0];
}
