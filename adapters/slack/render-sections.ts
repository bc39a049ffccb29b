import type { types } from '@slack/bolt';
import {
  type Field,
  type Link,
  narrowChartLines,
  type RecordItem,
  type Section,
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

const fitted = (text: string, max: number): string =>
  escapeMrkdwn(fitText(text, max, escapeMrkdwn));

export const mrkdwnSection = (text: string): types.SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text },
});

export const contextBlock = (text: string): types.ContextBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text }],
});

export function renderSection(section: Section): Block[] {
  switch (section.type) {
    case 'text':
      return section.text.trim()
        ? [mrkdwnSection(fitted(section.text, SLACK_MAX_SECTION_TEXT))]
        : [];
    case 'heading':
      return section.text.trim()
        ? [mrkdwnSection(`*${fitted(section.text, SLACK_MAX_SECTION_TEXT - 2)}*`)]
        : [];
    case 'records':
      return section.items.map((item) => mrkdwnSection(recordText(item)));
    case 'fields':
      return fieldSections(section.fields);
    case 'chart':
      // Read on phones: a chart wider than a phone's code block is narrowed from its data.
      return section.lines.length > 0
        ? [mrkdwnSection(chartText(narrowChartLines(section.lines, section.chart)))]
        : [];
    case 'links':
      return section.links.length > 0 ? [contextBlock(linksText(section.links))] : [];
    case 'note':
      return section.parts.length > 0
        ? [contextBlock(fitted(section.parts.join(NOTE_SEPARATOR), SLACK_MAX_CONTEXT_TEXT))]
        : [];
  }
}

/** Title linked to the first source, the one-line summary, then facts and the record id. */
export function recordText(item: RecordItem): string {
  const title = mrkdwnLink(item.url, fitText(item.title, RECORD_TITLE_MAX, escapeMrkdwn));
  const facts = [item.facts.trim() && fitted(item.facts, RECORD_FACTS_MAX), recordId(item.id)];
  const lines = [`*${title}*`, item.line.trim() && fitted(item.line, RECORD_LINE_MAX)];
  return [...lines, facts.filter(Boolean).join(' · ')].filter(Boolean).join('\n');
}

const recordId = (id: string): string => mrkdwnCode(fitText(id, RECORD_ID_MAX, escapeMrkdwn));

function fieldSections(fields: readonly Field[]): types.SectionBlock[] {
  const texts = fields
    .filter((field) => field.label.trim() || field.value.trim())
    .map((field) => {
      const label = `*${fitted(field.label, FIELD_LABEL_MAX)}*`;
      return `${label}\n${fitted(field.value, SLACK_MAX_FIELD_TEXT - label.length - 1)}`;
    });
  const sections: types.SectionBlock[] = [];
  for (let start = 0; start < texts.length; start += SLACK_MAX_FIELDS) {
    const chunk = texts.slice(start, start + SLACK_MAX_FIELDS);
    sections.push({ type: 'section', fields: chunk.map((text) => ({ type: 'mrkdwn', text })) });
  }
  return sections;
}

/** Monospace lines in a code block, so bars line up; whole lines are dropped to fit. */
function chartText(lines: readonly string[]): string {
  const fence = '```';
  const body = lines.map((line) => fitted(line, CHART_LINE_MAX));
  const budget = SLACK_MAX_SECTION_TEXT - 2 * (fence.length + 1);
  return `${fence}\n${fitList(body, budget, '\n')}\n${fence}`;
}

function linksText(links: readonly Link[]): string {
  const rendered = links.map((link) =>
    mrkdwnLink(link.url, fitText(link.label, 200, escapeMrkdwn)),
  );
  return fitList(rendered, SLACK_MAX_CONTEXT_TEXT, ' · ');
}
