import { describe, expect, it } from 'vitest';
import type { DigestReply, GapsReply } from '../../src/index.js';
import { FACILITATOR, PARTICIPANT, useMeetingWorld } from './meeting-harness.js';

const AKOS = { ...PARTICIPANT, userId: 'U03PART', displayName: 'Akosua' };

describe('the digest of a meeting', () => {
  const world = useMeetingWorld();

  it('lists every shared finding once per topic, grouped by type and topic, with who shared it', async () => {
    const { assay, setMinutes } = world();
    await assay.answer('meeting start title:"Cobalt and mica"', FACILITATOR);
    setMinutes(5);
    const cobalt = await assay.answer('search cobalt', PARTICIPANT);
    expect(await assay.logShare(cobalt, PARTICIPANT)).toBeNull();
    setMinutes(6);
    expect(await assay.logShare(cobalt, AKOS)).toBeNull();
    const card = await assay.answer('show responsible-mica-initiative', AKOS);
    expect(await assay.logShare(card, AKOS)).toBeNull();
    setMinutes(30);

    const digest = (await assay.answer('digest', FACILITATOR)) as DigestReply;
    expect(digest.kind).toBe('digest');
    expect(digest.shares).toBe(3);
    const cobaltIntervention = digest.entries.find((entry) => entry.id === 'cotecco');
    expect(cobaltIntervention).toMatchObject({
      type: 'intervention',
      topic: 'cobalt',
      sharedBy: ['Kofi', 'Akosua'],
    });
    expect(
      digest.entries.find((entry) => entry.id === 'responsible-mica-initiative'),
    ).toMatchObject({
      topic: 'looked up by id',
      sharedBy: ['Akosua'],
    });
    // interventions before reports; each entry once per topic
    const types = digest.entries.map((entry) => entry.type);
    expect(types.indexOf('report')).toBeGreaterThan(types.lastIndexOf('intervention'));
    const keys = digest.entries.map((entry) => `${entry.topic}/${entry.id}`);
    expect(new Set(keys).size).toBe(keys.length);

    const [markdown, csv] = digest.files;
    expect(markdown?.name).toMatch(/^assay-digest-2026-03-10-1400\.md$/);
    expect(markdown?.content).toContain('## Interventions');
    expect(markdown?.content).toMatch(/shared by Kofi, Akosua/);
    expect(csv?.content.split('\n')[0]).toBe('type,topic,id,title,url,shared_by,first_shared_at');
    expect(csv?.content).toContain('cotecco');
  });

  it('still lists the meeting after meeting end, and nothing before any meeting', async () => {
    const { assay, setMinutes } = world();
    expect((await assay.answer('digest', FACILITATOR)).title).toBe('No meeting to digest');
    await assay.answer('meeting start', FACILITATOR);
    await assay.logShare(await assay.answer('search mica', PARTICIPANT), PARTICIPANT);
    setMinutes(20);
    await assay.answer('meeting end', FACILITATOR);
    setMinutes(25);
    // a share after the meeting belongs to no meeting
    await assay.logShare(await assay.answer('search gold', PARTICIPANT), PARTICIPANT);
    const digest = (await assay.answer('digest', FACILITATOR)) as DigestReply;
    expect(digest.shares).toBe(1);
    expect(digest.entries.every((entry) => entry.topic === 'mica')).toBe(true);
  });

  it('survives a restart: a new core on the same store reads the same digest', async () => {
    const { assay, reopen } = world();
    await assay.answer('meeting start', FACILITATOR);
    await assay.logShare(await assay.answer('search cobalt', PARTICIPANT), PARTICIPANT);
    const restarted = await reopen();
    const digest = (await restarted.answer('digest', FACILITATOR)) as DigestReply;
    expect(digest.entries.map((entry) => entry.id)).toContain('cotecco');
    expect((await restarted.answer('search school', PARTICIPANT)).meeting).toMatch(/^meeting: /);
  });
});

describe('gaps', () => {
  const world = useMeetingWorld();

  it('counts questions with no or weak results, per meeting and all time, without names', async () => {
    const { assay, store } = world();
    await assay.answer('search platinum recycling', ELSEWHERE_CALLER);
    await assay.answer('meeting start', FACILITATOR);
    await assay.answer('search platinum recycling', PARTICIPANT);
    await assay.answer('search platinum recycling', AKOS);
    await assay.answer('search cobalt zeppelin', PARTICIPANT); // cobalt matches, zeppelin does not: weak
    await assay.answer('search cobalt', PARTICIPANT); // answered: not a gap

    const gaps = (await assay.answer('gaps', FACILITATOR)) as GapsReply;
    expect(gaps.session).toEqual([
      { question: 'platinum recycling', filters: '', asked: 2 },
      { question: 'cobalt zeppelin', filters: '', asked: 1 },
    ]);
    expect(gaps.allTime[0]).toEqual({ question: 'platinum recycling', filters: '', asked: 3 });
    expect(
      gaps.sections.some(
        (section) => section.type === 'chart' && section.chart?.data.shape === 'bars',
      ),
    ).toBe(true);
    const logged = await store.topUnanswered({ everywhere: true }, 10);
    expect(JSON.stringify(logged)).not.toMatch(/Kofi|Akosua|U02PART|U03PART/);
  });

  it("logs a gap with the meeting's default filters it was asked under", async () => {
    const { assay } = world();
    await assay.answer('meeting start mineral:mica', FACILITATOR);
    await assay.answer('search mercury', PARTICIPANT);
    const gaps = (await assay.answer('gaps', FACILITATOR)) as GapsReply;
    expect(gaps.session).toEqual([{ question: 'mercury', filters: 'mica', asked: 1 }]);
  });
});

const ELSEWHERE_CALLER = { ...PARTICIPANT, channelId: 'C0OTHER' };
