import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/index.js';
import { ELSEWHERE, FACILITATOR, PARTICIPANT, useMeetingWorld } from './meeting-harness.js';

const ids = (reply: Reply) => (reply.kind === 'search' ? reply.results.map((item) => item.id) : []);

describe('a meeting in a channel', () => {
  const world = useMeetingWorld();

  it('applies its default filters to every reply in the channel and names itself in the footer', async () => {
    const { assay } = world();
    const started = await assay.answer(
      'meeting start mineral:cobalt for:90m title:"Cobalt day"',
      FACILITATOR,
    );
    expect(started.kind).toBe('meeting');
    expect(started.meeting).toBe('meeting: Cobalt day: cobalt, until 15:30 UTC');

    const inside = await assay.answer('search child labour', PARTICIPANT);
    expect(inside.meeting).toBe('meeting: Cobalt day: cobalt, until 15:30 UTC');
    expect(inside.query).toContain('mineral:cobalt');
    expect(ids(inside).length).toBeGreaterThan(0);
    expect(
      ids(inside).every((id) =>
        ['cotecco', 'pabea-cobalt', 'this-is-what-we-die-2016'].includes(id),
      ),
    ).toBe(true);

    const outside = await assay.answer('search child labour', ELSEWHERE);
    expect(outside.meeting).toBeUndefined();
    expect(outside.query).not.toContain('mineral:');
  });

  it("lets a participant's own filter override the meeting's default", async () => {
    const { assay } = world();
    await assay.answer('meeting start mineral:cobalt', FACILITATOR);
    const reply = await assay.answer('search mineral:mica', PARTICIPANT);
    expect(reply.query).toContain('mineral:mica');
    expect(reply.query).not.toContain('cobalt');
    expect(ids(reply)).toContain('responsible-mica-initiative');
  });

  it('expires on time: running at its last minute, gone at its end', async () => {
    const { assay, setMinutes } = world();
    await assay.answer('meeting start mineral:gold for:45m', FACILITATOR);
    setMinutes(44);
    expect((await assay.answer('search school', PARTICIPANT)).meeting).toBe(
      'meeting: gold, until 14:45 UTC',
    );
    expect((await assay.answer('meeting', FACILITATOR)).title).toBe('Meeting in this channel');
    setMinutes(45);
    const after = await assay.answer('search school', PARTICIPANT);
    expect(after.meeting).toBeUndefined();
    expect(after.query).not.toContain('mineral:gold');
    expect((await assay.answer('meeting', FACILITATOR)).title).toBe('No meeting is running');
  });

  it('ends early on meeting end', async () => {
    const { assay, setMinutes } = world();
    await assay.answer('meeting start country:ghana', FACILITATOR);
    setMinutes(10);
    expect((await assay.answer('meeting end', FACILITATOR)).title).toBe('Meeting ended');
    expect((await assay.answer('search gold', PARTICIPANT)).meeting).toBeUndefined();
    expect((await assay.answer('meeting end', FACILITATOR)).title).toBe('No meeting is running');
  });

  it('refuses a filter value the corpus does not know, and a bad length, with an example', async () => {
    const { assay } = world();
    const unknown = await assay.answer('meeting start mineral:unobtainium', FACILITATOR);
    expect(unknown).toMatchObject({ kind: 'problem', problem: 'usage' });
    const tooLong = await assay.answer('meeting start for:3d', FACILITATOR);
    expect(tooLong).toMatchObject({ kind: 'problem', problem: 'usage' });
    expect(tooLong.kind === 'problem' && tooLong.message).toMatch(
      /for: must be a length such as 90m/,
    );
    expect((await assay.answer('meeting', FACILITATOR)).title).toBe('No meeting is running');
  });

  it('refuses meeting, digest and gaps to participants, naming who can run them', async () => {
    const { assay } = world();
    for (const command of [
      'meeting start mineral:gold',
      'meeting end',
      'meeting',
      'digest',
      'gaps',
    ]) {
      const slack = await assay.answer(command, PARTICIPANT);
      expect(slack).toMatchObject({ kind: 'problem', problem: 'not-allowed' });
      expect(slack.kind === 'problem' && slack.message).toMatch(/ASSAY_FACILITATORS/);
      const discord = assay.run(command, { ...PARTICIPANT, platform: 'discord' });
      expect(discord.kind === 'problem' && discord.message).toMatch(/Manage Server/);
    }
    expect((await assay.answer('search gold', PARTICIPANT)).meeting).toBeUndefined();
  });
});
