import {
  DEFAULT_LOCALE,
  describeData,
  type RecordItem,
  type Reply,
  type Section,
  translatorFor,
} from '../../src/index.js';

// Reply → plain terminal text. Control characters never reach the terminal:
// the core strips them from input, and corpus text is checked on load.

const INDENT = '  ';

function renderItem(item: RecordItem): string[] {
  return [
    `• ${item.title} [${item.id}]`,
    `${INDENT}${item.line}`,
    `${INDENT}${item.facts}`,
    `${INDENT}${item.url}`,
  ];
}

function renderSection(section: Section): string[] {
  switch (section.type) {
    case 'text':
      return [section.text];
    case 'heading':
      return ['', `${section.text}:`];
    case 'records':
      return section.items.flatMap((item) => [...renderItem(item), '']);
    case 'fields':
      return section.fields.map((field) => `${field.label}: ${field.value}`);
    case 'chart':
      return section.lines.map((line) => `${INDENT}${line}`);
    case 'links':
      return section.links.map((link) => `${link.label}: ${link.url}`);
    case 'note':
      return ['', section.parts.join(' · ')];
  }
}

export function renderText(reply: Reply): string {
  const locale = reply.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale);
  const lines = [reply.title, '', ...reply.sections.flatMap(renderSection)];
  if (reply.paging && reply.paging.pageCount > 1) {
    const { page, pageCount: pages, next } = reply.paging;
    const nextNote = next ? ` ${t('terminal:next', { query: next })}` : '';
    lines.push(`${t('platform:page', { page, pages })}.${nextNote}`);
  }
  if (reply.suggestions.length > 0) {
    lines.push(
      '',
      t('terminal:try'),
      ...reply.suggestions.map((suggestion) => `${INDENT}${suggestion.query}`),
    );
  }
  const footer = [reply.meeting ?? '', describeData(reply.data, locale)].filter(
    (line) => line !== '',
  );
  if (footer.length > 0) lines.push('', ...footer);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
