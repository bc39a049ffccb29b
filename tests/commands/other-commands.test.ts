import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAssay, openStore, type Reply, type Section } from '../../src/index.js';
import { fixtureAssay, shippedAssay } from '../support/assays.js';

function as<K extends Reply['kind']>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
  if (reply.kind !== kind)
    throw new Error(`expected ${kind}, got ${reply.kind}: ${JSON.stringify(reply.sections)}`);
  return reply as Extract<Reply, { kind: K }>;
}

describe('brief', () => {
  it('counts matching interventions, reports and lessons and lists the top 3 with links', () => {
    const reply = as(fixtureAssay().run('brief cobalt'), 'brief');
    expect(reply.counts).toEqual({ intervention: 2, report: 1, lesson: 0 });
    expect(reply.top.map((item) => item.id).sort()).toEqual([
      'cotecco',
      'pabea-cobalt',
      'this-is-what-we-die-2016',
    ]);
    for (const item of reply.top) expect(item.url).toMatch(/^https?:\/\//);
    const headings = reply.sections
      .filter((section) => section.type === 'heading')
      .map((section) => section.text);
    expect(headings).toEqual([
      'Organisations (interventions)',
      'Donors (interventions)',
      'Where',
      'ILO areas of work (interventions)',
      'Top 3',
      'Gaps',
    ]);
  });

  it('names the gaps: areas no matching intervention covers', () => {
    const reply = as(fixtureAssay().run('brief cobalt'), 'brief');
    const gaps = reply.sections.at(-1);
    expect(gaps).toEqual({
      type: 'text',
      text: 'No matching intervention works in area 1 (Area-based work), 5 (Rights, gender and community), 7 (Investment and funding).',
    });
  });

  it('brings in lessons about the top records', () => {
    const reply = as(fixtureAssay().run('brief caring gold ghana'), 'brief');
    const lessonIds = reply.sections
      .flatMap((section) => (section.type === 'records' ? section.items : []))
      .filter((item) => item.type === 'lesson');
    expect(lessonIds.length).toBeGreaterThan(0);
  });

  it('needs a topic', () => {
    const reply = as(fixtureAssay().run('brief'), 'problem');
    expect(reply.message).toBe('brief needs the topic, e.g. ghana, cobalt, ilo or mercury ghana.');
  });
});

describe('show', () => {
  it('gives a card with names of areas and the first three sources; More has the rest', () => {
    const reply = as(fixtureAssay().run('show caring-gold'), 'card');
    expect(reply.record).toMatchObject({ id: 'caring-gold', type: 'intervention' });
    const fields = reply.sections.find((section) => section.type === 'fields');
    const labels = fields?.type === 'fields' ? fields.fields.map((field) => field.label) : [];
    expect(labels).toEqual([
      'Kind',
      'Organisations',
      'Donors',
      'Where',
      'Minerals',
      'Years',
      'Status',
      'Budget',
      'ILO areas of work',
      'Confidence',
    ]);
    const areas =
      fields?.type === 'fields'
        ? fields.fields.find((field) => field.label === 'ILO areas of work')?.value
        : '';
    expect(areas).toBe(
      '2 Dialogue and information sharing; 3 Education and awareness; 4 Laws, standards and initiatives; 6 Research and monitoring; 9 Decent work, social protection',
    );
    const links = reply.sections.find((section) => section.type === 'links');
    expect(links?.type === 'links' && links.links.length).toBe(3);
    expect(reply.suggestions).toEqual([{ label: 'More', query: 'show caring-gold page:2' }]);
    expect(reply.sections.at(-1)).toEqual({
      type: 'text',
      text: 'More: 5 more sources, 5 related records, 4 lessons, notes on the evidence.',
    });
    const more = as(fixtureAssay().run('show caring-gold page:2'), 'card');
    const moreLinks = more.sections.find((section) => section.type === 'links');
    expect(moreLinks?.type === 'links' && moreLinks.links.length).toBe(5);
    const lessons = more.sections
      .flatMap((section) => (section.type === 'records' ? section.items : []))
      .filter((item) => item.type === 'lesson');
    expect(lessons).toHaveLength(4);
    const texts = more.sections
      .filter((section) => section.type === 'text')
      .map((section) => section.text);
    expect(texts.some((text) => text.startsWith('Areas of work: analyst judgement'))).toBe(true);
    expect(more.suggestions).toEqual([{ label: 'Back to the card', query: 'show caring-gold' }]);
  });

  it('heads the card with the short name, whole, and gives the full name first', () => {
    const reply = as(shippedAssay().run('show caring-gold'), 'card');
    expect(reply.title).toBe('CARING Gold Mining Project');
    expect(reply.sections[0]).toEqual({
      type: 'heading',
      text: shippedAssay().corpus.byId.get('caring-gold')?.title,
    });
  });

  it('keeps every card of the corpus within 2,500 characters as read', () => {
    const assay = shippedAssay();
    for (const record of assay.corpus.records) {
      const reply = assay.run(`show ${record.id}`);
      const read = [reply.title, ...reply.sections.map(sectionText)].join('\n');
      expect(read.length, record.id).toBeLessThanOrEqual(2500);
    }
  });

  it('lists related records behind More, linked ones first', () => {
    const reply = as(fixtureAssay().run('show caring-gold page:2'), 'card');
    const related = reply.sections.findIndex(
      (section) => section.type === 'heading' && section.text === 'Related',
    );
    const next = reply.sections[related + 1];
    expect(next?.type === 'records' && next.items[0]?.id).toBe('caring-gold-final-evaluation-2020');
  });

  it('shows a report card with its publisher', () => {
    const reply = as(shippedAssay().run('show toxic-toil-2013'), 'card');
    const fields = reply.sections.find((section) => section.type === 'fields');
    expect(fields?.type === 'fields' && fields.fields[0]).toEqual({
      label: 'Publisher',
      value: 'Human Rights Watch',
    });
  });

  it('answers a missing id with close ids', () => {
    const reply = as(fixtureAssay().run('show caring-gld'), 'problem');
    expect(reply.problem).toBe('not-found');
    expect(reply.message).toBe('No record has the id "caring-gld". Did you mean one of these?');
    expect(reply.suggestions[0]).toEqual({ label: 'caring-gold', query: 'show caring-gold' });
  });

  it('does not treat __proto__ as an id', () => {
    const reply = as(fixtureAssay().run('show __proto__'), 'problem');
    expect(reply.problem).toBe('not-found');
  });
});

describe('lessons', () => {
  it('lists every lesson, paged, with the full statement', () => {
    const reply = as(fixtureAssay().run('lessons'), 'lessons');
    expect(reply.total).toBe(4);
    const lesson = fixtureAssay().corpus.byId.get(reply.results[0]?.id ?? '');
    expect(reply.results[0]?.line).toBe(lesson?.summary);
  });

  it('finds lessons on a topic in the shipped corpus', () => {
    const reply = as(shippedAssay().run('lessons formalisation'), 'lessons');
    expect(reply.total).toBeGreaterThan(0);
    expect(reply.results.every((item) => item.type === 'lesson')).toBe(true);
  });
});

describe('areas', () => {
  it('lists the nine areas by short name with counts; More gives descriptions and an example each', () => {
    const reply = as(fixtureAssay().run('areas'), 'areas');
    expect(reply.areas.map((area) => area.count)).toEqual([0, 5, 7, 9, 3, 4, 2, 2, 4]);
    expect(reply.sections.some((section) => section.type === 'records')).toBe(false);
    expect(reply.suggestions[0]?.query).toBe('areas page:2');
    const more = as(fixtureAssay().run('areas page:2'), 'areas');
    const examples = more.sections.find((section) => section.type === 'records');
    expect(examples?.type === 'records' && examples.items).toHaveLength(8);
  });

  it('fits two phone screens (about 1,200 characters as read)', () => {
    const reply = shippedAssay().run('areas');
    const read = [reply.title, ...reply.sections.map(sectionText)].join('\n');
    expect(read.length).toBeLessThanOrEqual(1200);
  });
});

describe('help', () => {
  it('lists every command with an example', () => {
    const reply = as(shippedAssay().run('help'), 'help');
    const fields = reply.sections.find((section) => section.type === 'fields');
    expect(fields?.type === 'fields' && fields.fields.map((field) => field.label)).toEqual([
      'search <words>',
      'show <id>',
      'stats',
      'brief <words>',
      'lessons',
      'areas',
      'compare <a> <b>',
      'help',
      'meeting',
      'digest',
      'gaps',
      'reload',
    ]);
  });

  it('explains one command, and suggests the closest for a typo', () => {
    expect(as(shippedAssay().run('help stats'), 'help').title).toBe('help stats');
    const reply = as(shippedAssay().run('help stast'), 'problem');
    expect(reply.message).toBe(
      'There is no command "stast". Did you mean stats? Commands: search, show, stats, brief, lessons, areas, compare, help, meeting, digest, gaps, reload.',
    );
  });

  it('has examples that all work (meeting commands with a store)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-examples-'));
    const store = await openStore({ dataDir: dir });
    const withStore = openAssay(undefined, { store });
    for (const command of shippedAssay().commands) {
      for (const example of command.examples) {
        const reply = await withStore.answer(example);
        expect(reply.kind, example).not.toBe('problem');
        if (reply.kind === 'search') expect(reply.total, example).toBeGreaterThan(0);
      }
    }
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

/** What a reader reads of a section: its words, not the addresses behind its links. */
function sectionText(section: Section): string {
  switch (section.type) {
    case 'text':
    case 'heading':
      return section.text;
    case 'records':
      return section.items.map((item) => [item.title, item.line, item.facts].join('\n')).join('\n');
    case 'fields':
      return section.fields.map((field) => `${field.label}: ${field.value}`).join('\n');
    case 'chart':
      return section.lines.join('\n');
    case 'links':
      return section.links.map((link) => link.label).join(' · ');
    case 'note':
      return section.parts.join(' · ');
  }
}
