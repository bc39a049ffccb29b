import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import type { Message } from '../../src/i18n/message-catalog.js';
import { mineralName, placeName } from '../../src/i18n/value-names.js';
import { type Locale, type Reply, TERMINAL_CALLER } from '../../src/index.js';
import { COMMAND_NAMES, FILTER_KEYS } from '../../src/search/parse-query.js';
import { ORGANISATIONS } from '../../src/vocabulary/organisations.js';
import { PUBLISHER_ROWS } from '../../src/vocabulary/publisher-table.js';
import { shippedAssay } from '../support/assays.js';

// A reply to a French, Spanish or Portuguese reader may quote the corpus (titles, summaries,
// names stay English) and the command grammar, and nothing else in English. This test finds
// English words that reach such a reply without passing through the catalog.

const textsOf = (message: Message) =>
  typeof message === 'string' ? [message] : Object.values(message);
const wordsOf = (text: string) =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .toLowerCase()
    .match(/\p{L}[\p{L}'’]*\p{L}|\p{L}/gu) ?? [];

function catalogWords(locales: readonly Locale[]): Set<string> {
  const words = new Set<string>();
  for (const catalog of Object.values(CATALOGS))
    for (const locale of locales)
      for (const message of Object.values(catalog[locale] as Record<string, Message>))
        for (const text of textsOf(message)) for (const word of wordsOf(text)) words.add(word);
  return words;
}

// Common English words, beside every word of the English catalog: a string written in code
// rather than the catalog nearly always holds some of these.
const COMMON_ENGLISH = `the of and for with to in is are this that these those not only all any by from on at as
  be was has have which who what when where there their its it more other than page pages result results
  record records match matches matched every some none nothing found try type types use used see also
  interventions intervention reports report lessons lesson ongoing completed unknown status year years
  country countries mineral minerals region regions area areas count counted counts total share shared
  meeting until since last first next previous data since about after before ended started running`;

// Words of the other languages: their catalogs, and their names for the corpus's places and minerals.
function foreignWords(): Set<string> {
  const words = catalogWords(['fr', 'es', 'pt']);
  for (const record of shippedAssay().corpus.records)
    for (const locale of ['fr', 'es', 'pt'] as const) {
      const names = [
        ...[...record.countries, ...record.regions].map((name) => placeName(locale, name)),
        ...record.minerals.map((name) => mineralName(locale, name)),
      ];
      for (const name of names) for (const word of wordsOf(name)) words.add(word);
    }
  return words;
}

const foreign = foreignWords();
const grammar = new Set<string>([
  ...COMMAND_NAMES,
  ...FILTER_KEYS,
  'by',
  'page',
  'for',
  'title',
  'all',
]);
const english = new Set(
  [...catalogWords(['en']), ...wordsOf(COMMON_ENGLISH)].filter(
    (word) => word.length > 1 && !foreign.has(word) && !grammar.has(word),
  ),
);

/** Every string the corpus itself supplies (titles, names, summaries, sources), longest first. */
function corpusStrings(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      // A card may drop a sentence's final stop.
      if (value.length > 3) found.add(value).add(value.replace(/[.;]$/, ''));
      // A card may show a note's sentences without its first words ("Completed. USDOL lists…").
      // …or a status note's words without the status around them: "completed (USDOL lists…)".
      for (const inner of value.matchAll(/\(([^()]{20,})\)/g)) found.add(inner[1] ?? '');
      for (const clause of value.split(/(?<=[.;])\s+/))
        if (clause.length > 20) found.add(clause).add(clause.replace(/[.;]$/, ''));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const { records, areas } = shippedAssay().corpus;
  for (const record of records) {
    walk([record.title, record.acronym, record.url, record.summary, record.id, record.source]);
    walk([record.organisations, record.donors, record.organisationNames, record.donorNames]);
    walk([record.places, record.tags, record.topics]);
  }
  walk(areas);
  // Names of organisations and publishers are proper names in every language.
  for (const entry of ORGANISATIONS.entries)
    for (const name of [entry.name, ...entry.aliases]) found.add(name);
  for (const row of PUBLISHER_ROWS.split('\n')) found.add(row.split('|')[1] ?? '');
  found.delete('');
  // Field values a reply must word in the reader's language stay checked.
  for (const record of records)
    for (const value of [
      ...record.countries,
      ...record.regions,
      ...record.minerals,
      record.status,
      record.kind,
    ])
      if (value) found.delete(value);
  return [...found].sort((a, b) => b.length - a.length);
}

function replyTexts(reply: Reply): string[] {
  const texts = [reply.title];
  for (const section of reply.sections) {
    if (section.type === 'text' || section.type === 'heading') texts.push(section.text);
    if (section.type === 'fields')
      for (const field of section.fields) texts.push(field.label, field.value);
    if (section.type === 'chart') {
      texts.push(...section.lines);
      if (section.chart)
        texts.push(section.chart.title, section.chart.counted, section.chart.filters);
    }
    if (section.type === 'links') texts.push(...section.links.map((link) => link.label));
    if (section.type === 'records') texts.push(...section.items.map((item) => item.facts));
  }
  texts.push(...reply.suggestions.map((suggestion) => suggestion.label));
  return texts;
}

const QUERIES = [
  ...shippedAssay().commands.flatMap((command) => command.examples),
  'help',
  'help stats',
  'mercury ghana',
  'search xyzzyqq',
  'search mineral:gld',
  'search area:12',
  'show no-such-record',
  'stats by:nothing',
  'search cobalt status:ongoing',
  'search gold page:2',
  'brief',
  'meeting',
  'digest',
  'areas',
];

describe('a reply in French, Spanish or Portuguese', () => {
  const strip = corpusStrings();
  it.each(['fr', 'es', 'pt'] as const)(
    '%s: no English word outside the corpus and the grammar',
    (locale) => {
      const leaks: string[] = [];
      for (const query of QUERIES) {
        const reply = shippedAssay().run(query, { ...TERMINAL_CALLER, locale });
        for (const text of replyTexts(reply)) {
          let rest = text;
          for (const quoted of strip)
            if (rest.includes(quoted)) rest = rest.split(quoted).join(' ');
          // The grammar is quoted as typed: `country:ghana`, `search mercury ghana`, the asker's words.
          rest = rest.replace(/`[^`]*`|\S+:"[^"]*"|\S+:\S*|https?:\/\/\S+/g, ' ');
          // A corpus name cut to fit a chart's label column: "Laws, standards and…".
          rest = rest.replace(/[^\s\d][^…\d]*…/gu, (cut) =>
            strip.some((quoted) => quoted.startsWith(cut.slice(0, -1).trim())) ? ' ' : cut,
          );
          for (const word of query.split(/[\s:]+/).filter((word) => word.length > 2))
            rest = rest.split(word).join(' ');
          const leaked = wordsOf(rest).filter((word) => english.has(word));
          if (leaked.length > 0)
            leaks.push(`${query} → "${text}" (${[...new Set(leaked)].join(', ')})`);
        }
      }
      expect(leaks, leaks.slice(0, 40).join('\n')).toEqual([]);
    },
  );
});
