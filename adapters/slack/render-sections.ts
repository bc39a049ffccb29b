import type { types } from '@slack/bolt';
import {
  type Field,
  type Link,
  type Locale,
  narrowChartLines,
  PHONE_WIDTH,
  type RecordItem,
  type Section,
  type Translate,
} from '../../src/index.js';
import { escapeMrkdwn, mrkdwnCode, mrkdwnLink } from './mrkdwn.js';
import {
  fitList,
  fitText,
  SLACK_MAX_CONTEXT_TEXT,
  SLACK_MAX_FIELD_TEXT,
  SLACK_MAX_FIELDS,
  SLACK_MAX_SECTION_TEXT,
} from './render-limits.js';

// One core Section → Block Kit blocks. Every piece of text is plain in the Reply, so it is
// fitted (measured after escaping) and escaped here, and nothing else adds markup to it.

type Block = types.KnownBlock;

/** Budgets for the parts of one record, chosen so that together they stay under 3000. */
const RECORD_TITLE_MAX = 250;
const RECORD_LINE_MAX = 1000;
const RECORD_FACTS_MAX = 400;
const RECORD_ID_MAX = 100;
const FIELD_LABEL_MAX = 200;
const CHART_LINE_MAX = 200;
/** A note's caveats on one line. */
export const NOTE_SEPARATOR = ' · ';

const fitted = (text: string, max: number, t: Translate): string =>
  escapeMrkdwn(fitText(text, max, escapeMrkdwn, t));

export const mrkdwnSection = (text: string): types.SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text },
});

export const contextBlock = (text: string): types.ContextBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text }],
});

/** `t` words the cut markers in the reply's language. */
export function renderSection(section: Section, t: Translate, locale?: Locale): Block[] {
  switch (section.type) {
    case 'text':
      return section.text.trim()
        ? [mrkdwnSection(fitted(section.text, SLACK_MAX_SECTION_TEXT, t))]
        : [];
    case 'heading':
      return section.text.trim()
        ? [mrkdwnSection(`*${fitted(section.text, SLACK_MAX_SECTION_TEXT - 2, t)}*`)]
        : [];
    case 'records':
      return section.items.map((item) => mrkdwnSection(recordText(item, t)));
    case 'fields':
      return fieldSections(section.fields, t);
    case 'chart':
      // Read on phones: a chart wider than a phone's code block is narrowed from its data.
      return section.lines.length > 0
        ? [
            mrkdwnSection(
              chartText(narrowChartLines(section.lines, section.chart, PHONE_WIDTH, locale), t),
            ),
          ]
        : [];
    case 'links':
      return section.links.length > 0 ? [contextBlock(linksText(section.links, t))] : [];
    case 'note':
      return section.parts.length > 0
        ? [contextBlock(fitted(section.parts.join(NOTE_SEPARATOR), SLACK_MAX_CONTEXT_TEXT, t))]
        : [];
  }
}

/** Title linked to the first source, the one-line summary, then facts and the record id. */
export function recordText(item: RecordItem, t: Translate): string {
  const title = mrkdwnLink(item.url, fitText(item.title, RECORD_TITLE_MAX, escapeMrkdwn, t));
  const facts = [
    item.facts.trim() && fitted(item.facts, RECORD_FACTS_MAX, t),
    recordId(item.id, t),
  ];
  const lines = [`*${title}*`, item.line.trim() && fitted(item.line, RECORD_LINE_MAX, t)];
  return [...lines, facts.filter(Boolean).join(' · ')].filter(Boolean).join('\n');
}

const recordId = (id: string, t: Translate): string =>
  mrkdwnCode(fitText(id, RECORD_ID_MAX, escapeMrkdwn, t));

function fieldSections(fields: readonly Field[], t: Translate): types.SectionBlock[] {
  const texts = fields
    .filter((field) => field.label.trim() || field.value.trim())
    .map((field) => {
      const label = `*${fitted(field.label, FIELD_LABEL_MAX, t)}*`;
      return `${label}\n${fitted(field.value, SLACK_MAX_FIELD_TEXT - label.length - 1, t)}`;
    });
  const sections: types.SectionBlock[] = [];
  for (let start = 0; start < texts.length; start += SLACK_MAX_FIELDS) {
    const chunk = texts.slice(start, start + SLACK_MAX_FIELDS);
    sections.push({ type: 'section', fields: chunk.map((text) => ({ type: 'mrkdwn', text })) });
  }
  return sections;
}

/** Monospace lines in a code block, so bars line up; whole lines are dropped to fit. */
function chartText(lines: readonly string[], t: Translate): string {
  const fence = '```';
  const body = lines.map((line) => fitted(line, CHART_LINE_MAX, t));
  const budget = SLACK_MAX_SECTION_TEXT - 2 * (fence.length + 1);
  return `${fence}\n${fitList(body, budget, '\n', t)}\n${fence}`;
}

function linksText(links: readonly Link[], t: Translate): string {
  const rendered = links.map((link) =>
    mrkdwnLink(link.url, fitText(link.label, 200, escapeMrkdwn, t)),
  );
  return fitList(rendered, SLACK_MAX_CONTEXT_TEXT, ' · ', t);
}
