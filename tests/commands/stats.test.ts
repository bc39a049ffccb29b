import { describe, expect, it } from 'vitest';
import type { Bucket, StatsReply } from '../../src/index.js';
import { fixtureAssay } from '../support/assays.js';

// The fixture corpus: 10 interventions, 4 reports, 4 lessons (real records).
// Every number below was counted by hand from tests/fixtures/corpus-valid.

function stats(text: string): StatsReply {
  const reply = fixtureAssay().run(text);
  if (reply.kind !== 'stats')
    throw new Error(
      `expected stats for "${text}", got ${reply.kind}: ${JSON.stringify(reply.sections)}`,
    );
  return reply;
}

const asObject = (buckets: Bucket[]) =>
  Object.fromEntries(buckets.map((bucket) => [bucket.key, bucket.count]));

describe('stats against hand counts', () => {
  it('counts interventions by area, with a row for every area', () => {
    const reply = stats('stats by:area');
    expect(reply.total).toBe(10);
    expect(reply.buckets.map((bucket) => bucket.count)).toEqual([0, 5, 7, 9, 3, 4, 2, 2, 4]);
    expect(reply.buckets[0]?.key).toBe('1 Area-based work');
    expect(reply.title).toBe('10 interventions by area of work');
  });

  it('counts interventions by default, and says how many reports and lessons also match', () => {
    const reply = stats('stats by:mineral');
    expect(reply.total).toBe(10);
    expect(reply.title).toBe('10 interventions by mineral');
    expect(reply.sections.at(-1)).toEqual({
      type: 'note',
      parts: [
        'Counting interventions; also matching 4 reports, 4 lessons (type:report, type:lesson, type:all)',
        'Rows add up to more than 10: a record can be in several',
      ],
    });
  });

  it('puts every caveat on one line under the chart, none above it', () => {
    // Ghana has one ongoing intervention in the fixture, on evidence from 2017.
    const reply = stats('stats by:org,area ghana status:ongoing type:all');
    expect(reply.sections.map((section) => section.type)).toEqual(['chart', 'note']);
    const note = reply.sections[1];
    expect(note?.type === 'note' && note.parts).toEqual([
      'Understood: country Ghana',
      'Only interventions have organisation or area of work (others: "not stated")',
      'Rows add up to more than 1: a record can be in several',
      'Columns are area numbers (`areas` names them)',
      'Areas are judged from each intervention’s activities',
      '1 of 1 reported ongoing rests on evidence over 3 years old',
    ]);
  });

  it('counts every record by mineral with type:all, a record in each of its minerals', () => {
    const reply = stats('stats by:mineral type:all');
    expect(reply.total).toBe(18);
    expect(asObject(reply.buckets)).toEqual({
      gold: 12,
      cobalt: 3,
      mica: 3,
      'coloured gemstones': 3,
      tin: 2,
      tantalum: 2,
      tungsten: 2,
      'all minerals': 1,
      coal: 1,
      clay: 1,
    });
    expect(reply.buckets[0]).toEqual({ key: 'gold', count: 12 });
  });

  it('counts interventions only by mineral with type:intervention', () => {
    const reply = stats('stats by:mineral type:intervention');
    expect(reply.total).toBe(10);
    expect(asObject(reply.buckets)).toMatchObject({
      gold: 6,
      cobalt: 2,
      mica: 2,
      'coloured gemstones': 2,
    });
  });

  it('counts by status and by kind', () => {
    // the fixture's six ongoing records rest on evidence from 2017–2022: over three years old
    expect(asObject(stats('stats by:status').buckets)).toEqual({
      'last reported ongoing': 6,
      completed: 3,
      unknown: 1,
    });
    expect(asObject(stats('stats by:kind').buckets)).toEqual({
      project: 6,
      initiative: 2,
      standard: 2,
    });
  });

  it('counts reports by publication year', () => {
    expect(asObject(stats('stats by:year type:report').buckets)).toEqual({
      2013: 1,
      2016: 1,
      2019: 1,
      2020: 1,
    });
  });

  it('counts with a filter: gold interventions by country', () => {
    const counts = asObject(stats('stats by:country mineral:gold type:intervention').buckets);
    expect(counts.Ghana).toBe(2);
    expect(counts.Colombia).toBe(3);
    expect(counts['not stated']).toBe(2);
  });

  it('builds a mineral × area table', () => {
    const reply = stats('stats by:mineral,area');
    const table = reply.table;
    if (!table) throw new Error('no table');
    const cell = (row: string, column: string) =>
      table.counts[table.rows.indexOf(row)]?.[table.columns.indexOf(column)];
    expect(cell('gold', '4 Laws, standards and initiatives')).toBe(5);
    expect(cell('gold', '3 Education and awareness')).toBe(3);
    expect(cell('cobalt', '3 Education and awareness')).toBe(2);
    expect(cell('mica', '5 Rights, gender and community')).toBe(2);
  });

  it('counts a year filter as overlap with active years', () => {
    expect(stats('stats by:type year:2019').buckets).toEqual([
      { key: 'intervention', count: 7 },
      { key: 'report', count: 1 },
    ]);
  });

  it('counts a region from the countries of each record', () => {
    expect(stats('stats by:type region:africa').total).toBe(14);
  });

  it('draws a bar chart whose rows carry the counts, as text and as chart data', () => {
    const chart = stats('stats by:status').sections.find((section) => section.type === 'chart');
    expect(chart).toEqual({
      type: 'chart',
      lines: [
        'last reported ongoing 6 ████████████████████',
        'completed             3 ██████████',
        'unknown               1 ███',
      ],
      chart: {
        title: 'Interventions by status',
        counted: '10 interventions',
        filters: 'no filters',
        data: {
          shape: 'bars',
          bars: [
            { key: 'last reported ongoing', count: 6 },
            { key: 'completed', count: 3 },
            { key: 'unknown', count: 1 },
          ],
        },
      },
    });
  });

  it('gives a two-field table as chart data with its rows, columns and counts', () => {
    const reply = stats('stats by:status,type type:intervention');
    const chart = reply.sections.find((section) => section.type === 'chart');
    expect(chart?.type === 'chart' && chart.chart).toEqual({
      title: 'Interventions by status and type',
      counted: '10 interventions',
      filters: 'type: intervention',
      data: { shape: 'table', ...reply.table },
    });
  });

  it('explains a bad by: field with a did-you-mean', () => {
    const reply = fixtureAssay().run('stats by:minral');
    expect(reply.kind === 'problem' && reply.message).toBe(
      'by must be one or two of area, mineral, country, region, org, donor, status, kind, year, type, got "minral" — did you mean mineral?',
    );
  });
});
