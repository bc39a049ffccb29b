import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/index.js';
import { shippedAssay } from '../support/assays.js';

// Counts below were made by hand from corpus/interventions.json: 62 interventions
// name gold, 17 name cobalt; 11 name Ghana, 7 name Peru.

const chartOf = (reply: Reply) => reply.sections.find((section) => section.type === 'chart');

describe('compare', () => {
  it('sets two minerals side by side by area of work, with counts and shares', () => {
    const reply = shippedAssay().run('compare gold vs cobalt by area of work');
    if (reply.kind !== 'stats') throw new Error(reply.title);
    expect(reply.title).toBe('gold vs cobalt: interventions by area of work');
    expect(reply.table?.columns).toEqual(['gold', 'cobalt']);
    const chart = chartOf(reply);
    if (chart?.type !== 'chart') throw new Error('no chart');
    expect(chart.lines[1]).toMatch(/^all +62 +17$/);
    expect(chart.chart?.data.shape).toBe('table');
    expect(chart.chart?.counted).toBe('62 and 17 interventions');
  });

  it('fits a phone: no chart line over 40 characters', () => {
    for (const text of [
      'compare gold cobalt',
      'compare ghana vs peru by:mineral',
      'compare ilo unicef by:country',
    ]) {
      const chart = chartOf(shippedAssay().run(text));
      if (chart?.type !== 'chart') throw new Error(`no chart for ${text}`);
      for (const line of chart.lines) expect(line.length, line).toBeLessThanOrEqual(40);
    }
  });

  it('counts countries by mineral', () => {
    const reply = shippedAssay().run('compare ghana vs peru by:mineral');
    if (reply.kind !== 'stats' || !reply.table) throw new Error(reply.title);
    const gold = reply.table.counts[reply.table.rows.indexOf('gold')];
    expect(gold).toEqual([8, 5]);
  });

  it('answers bad input with a short reply and an example', () => {
    for (const text of [
      'compare',
      'compare gold',
      'compare gold cobalt by:mineral',
      'compare gold cobalt by:colour',
    ]) {
      const reply = shippedAssay().run(text);
      expect(reply.kind, text).toBe('problem');
      if (reply.kind === 'problem') expect(reply.example).toMatch(/^compare /);
    }
  });
});
