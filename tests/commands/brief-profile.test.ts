import { describe, expect, it } from 'vitest';
import { type BriefReply, openAssay, type Section } from '../../src/index.js';

// Hand counts from tests/support/brief-hand-counts.py, which reads corpus/*.json
// directly (not through the code under test), on the day below.
const TODAY = new Date('2026-11-30T12:00:00Z');
const assay = openAssay(undefined, { clock: () => TODAY });

function brief(text: string): BriefReply {
  const reply = assay.run(text);
  if (reply.kind !== 'brief') throw new Error(`expected brief, got ${reply.kind}`);
  return reply;
}

const after = (reply: BriefReply, heading: RegExp): Section | undefined => {
  const at = reply.sections.findIndex((one) => one.type === 'heading' && heading.test(one.text));
  return at < 0 ? undefined : reply.sections[at + 1];
};
const textAfter = (reply: BriefReply, heading: RegExp) => {
  const section = after(reply, heading);
  return section?.type === 'text' ? section.text : '';
};
const barsAfter = (reply: BriefReply, heading: RegExp) => {
  const section = after(reply, heading);
  return section?.type === 'chart' && section.chart?.data.shape === 'bars'
    ? section.chart.data.bars
    : [];
};

const HAND = {
  ghana: { counts: [11, 6, 5], filter: 'country: Ghana', ongoing: 3, ilo: 3 },
  cobalt: { counts: [17, 14, 10], filter: 'mineral: cobalt', ongoing: 7, ilo: 1 },
  ilo: { counts: [8, 21, 12], filter: 'org: ILO', ongoing: 1, ilo: 8 },
} as const;

describe('brief: the profile of a country, a mineral, an organisation', () => {
  for (const [topic, hand] of Object.entries(HAND)) {
    it(`brief ${topic} counts what the hand count finds, under the right filter`, () => {
      const reply = brief(`brief ${topic}`);
      const [intervention, report, lesson] = hand.counts;
      expect(reply.counts).toEqual({ intervention, report, lesson });
      expect(reply.title).toBe(`Brief: ${topic} (${hand.filter})`);
      expect(reply.sections.find((one) => one.type === 'heading')?.text).toBe(
        'Organisations (interventions)',
      );
      const ilo = barsAfter(reply, /^Organisations/).find((bar) => bar.key === 'ILO');
      expect(ilo?.count).toBe(hand.ilo);
      expect(barsAfter(reply, /^Donors/).length).toBeGreaterThan(0);
      expect(after(reply, new RegExp(`^Ongoing \\(${hand.ongoing}\\)$`))?.type).toBe('text');
    });
  }

  it('says the year of the evidence of each ongoing intervention, stale ones as last reported', () => {
    expect(textAfter(brief('brief ghana'), /^Ongoing/).split('\n')).toContain(
      '• BMG: last reported ongoing in 2021',
    );
    const cobalt = textAfter(brief('brief cobalt'), /^Ongoing/);
    expect(cobalt).toContain('• C4D: last reported ongoing in 2020');
    expect(cobalt).toContain('• FCA: ongoing (as of 2023)');
    expect(cobalt).toContain('… and 2 more');
  });

  it('names real gaps (missing areas, stale ongoing work), not the share that is ongoing', () => {
    const ilo = textAfter(brief('brief ilo'), /^Gaps$/);
    expect(ilo).toBe(
      'No matching intervention works in area 7 (Investment and funding). 1 reported ongoing rests on evidence more than 3 years old: ACCEL Africa (2023).',
    );
    const cobalt = textAfter(brief('brief cobalt'), /^Gaps$/);
    // Better Mining's status is dated 2024 (DW, March 2024): C4D is the one stale cobalt record left.
    expect(cobalt).toContain('1 reported ongoing rests on evidence more than 3 years old');
    expect(cobalt).toContain('C4D (2020)');
    for (const topic of ['ghana', 'cobalt', 'ilo', 'mercury'])
      expect(textAfter(brief(`brief ${topic}`), /^Gaps$/)).not.toMatch(
        /are ongoing|of \d+ matching/,
      );
  });

  it('takes its top 3 from the search ranking', () => {
    const search = assay.run('search cobalt');
    if (search.kind !== 'search') throw new Error(search.kind);
    const ranked = search.results.filter((item) => item.type !== 'lesson').slice(0, 3);
    expect(brief('brief cobalt').top.map((item) => item.id)).toEqual(ranked.map((item) => item.id));
  });

  it('leaves other words a search', () => {
    const reply = brief('brief mercury');
    expect(reply.title).toBe('Brief: mercury');
    expect(reply.counts).toEqual({ intervention: 8, report: 7, lesson: 1 });
  });
});
