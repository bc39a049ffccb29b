import { describe, expect, it } from 'vitest';
import type { DigestReply, Reply } from '../../src/index.js';
import { FACILITATOR, PARTICIPANT, useMeetingWorld } from '../meetings/meeting-harness.js';
import { fixtureAssay } from '../support/assays.js';

// Every result of a search, brief or lessons reply is offered on its own: "Share this"
// (its card, attributed to what was asked) and "Details" (the card, privately).

const ids = (reply: Reply) => reply.findings?.items.map((item) => item.id);

describe('results offered one at a time', () => {
  it('a search offers each result of the page, with the words to offer them', () => {
    const reply = fixtureAssay().run('search mercury');
    if (reply.kind !== 'search') throw new Error(reply.kind);
    expect(reply.results.length).toBeGreaterThan(0);
    expect(ids(reply)).toEqual(reply.results.map((item) => item.id));
    expect(reply.findings).toMatchObject({
      asked: 'search mercury',
      share: 'Share this',
      details: 'Details',
      prompt: 'Share or open one result…',
    });
    expect(reply.findings?.items[0]?.title).toBe(reply.results[0]?.title);
  });

  it('brief offers its top records and lessons its lessons', () => {
    const brief = fixtureAssay().run('brief gold');
    expect(brief.kind === 'brief' && ids(brief)).toEqual(
      brief.kind === 'brief' ? brief.top.map((item) => item.id) : [],
    );
    const lessons = fixtureAssay().run('lessons');
    expect(lessons.kind === 'lessons' && ids(lessons)).toEqual(
      lessons.kind === 'lessons' ? lessons.results.map((item) => item.id) : [],
    );
  });

  it('offers nothing where there is no result to share', () => {
    for (const text of ['search zzzqqq', 'help', 'stats by:mineral', 'show caring-gold', 'areas'])
      expect(fixtureAssay().run(text).findings, text).toBeUndefined();
  });

  it('words the labels in the asker’s language', () => {
    const reply = fixtureAssay().run('search mercury', {
      platform: 'discord',
      facilitator: false,
      locale: 'fr',
    });
    expect(reply.findings).toMatchObject({ share: 'Partager ceci', details: 'Détails' });
  });
});

describe('one finding shared on its own', () => {
  const world = useMeetingWorld();

  it('is the record’s card, attributed to what was asked', async () => {
    const finding = await world().assay.answerFinding('caring-gold', 'search mercury', PARTICIPANT);
    expect(finding.kind).toBe('card');
    expect(finding.kind === 'card' && finding.record.id).toBe('caring-gold');
    expect(finding.query).toBe('search mercury');
    expect(finding.data?.records).toBeGreaterThan(0);
  });

  it('is logged like a whole Share, so the digest lists that one record under what was asked', async () => {
    const { assay } = world();
    await assay.answer('meeting start', FACILITATOR);
    const search = await assay.answer('search mercury', PARTICIPANT);
    const first = search.findings?.items[0];
    if (!first || !search.findings) throw new Error('no finding offered');
    const finding = await assay.answerFinding(first.id, search.findings.asked, PARTICIPANT);
    expect(await assay.logShare(finding, PARTICIPANT)).toBeNull();
    const digest = (await assay.answer('digest', FACILITATOR)) as DigestReply;
    expect(digest.shares).toBe(1);
    expect(digest.entries.map((entry) => [entry.id, entry.topic, entry.sharedBy])).toEqual([
      [first.id, 'mercury', ['Kofi']],
    ]);
  });

  it('refuses an id that is not a record id, as show does', async () => {
    for (const id of ['no-such-record', 'caring-gold type:report', '<!channel>', '']) {
      const reply = await world().assay.answerFinding(id, 'search mercury', PARTICIPANT);
      expect(reply.kind, id).toBe('problem');
    }
  });
});
