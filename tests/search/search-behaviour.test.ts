import { describe, expect, it } from 'vitest';
import type { Reply, SearchReply } from '../../src/index.js';
import { shippedAssay } from '../support/assays.js';

function search(text: string): SearchReply {
  const reply: Reply = shippedAssay().run(text);
  if (reply.kind !== 'search')
    throw new Error(`expected a search reply for "${text}", got ${reply.kind}`);
  return reply;
}

const recordOf = (id: string) => {
  const record = shippedAssay().corpus.byId.get(id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
};

const topIds = (text: string, count = 3) =>
  search(text)
    .results.slice(0, count)
    .map((result) => result.id);

describe('search with a typo', () => {
  it('finds mercury records for "mecury"', () => {
    const reply = search('mecury');
    expect(reply.total).toBeGreaterThan(5);
    for (const result of reply.results)
      expect(`${result.title} ${result.line}`.toLowerCase()).toContain('mercury');
  });

  it('finds cobalt for "cobolt" and the COTECCO project for "cotteco"', () => {
    // "cobalt" reads as mineral:cobalt (the tagged records); the typo searches every mention.
    expect(search('cobolt').total).toBeGreaterThanOrEqual(search('cobalt').total);
    for (const result of search('cobolt').results)
      expect(`${result.title} ${result.line} ${result.facts}`.toLowerCase()).toContain('cobalt');
    expect(topIds('cotteco')).toContain('cotecco');
  });
});

describe('search with several words', () => {
  it('ranks records matching every word above records matching one', () => {
    const reply = search('mica madagascar');
    expect(reply.total).toBeGreaterThan(0);
    for (const result of reply.results) {
      expect(recordOf(result.id).countries).toContain('Madagascar');
      expect(recordOf(result.id).minerals).toContain('mica');
    }
  });

  it('falls back to the records matching most words and says which word matched nothing', () => {
    const reply = search('cobalt zzyzx');
    expect(reply.total).toBe(search('cobalt').total);
    const notes = reply.sections.flatMap((section) =>
      section.type === 'text' ? [section.text] : [],
    );
    expect(notes).toEqual([
      'Understood: mineral cobalt.',
      'No record matches every word; these match 1 of 2 (not: zzyzx).',
    ]);
  });
});

describe('search with synonyms and acronyms', () => {
  it('treats DRC, Congo-Kinshasa and Democratic Republic of the Congo as one place', () => {
    const drc = search('cobalt drc').total;
    expect(search('cobalt congo-kinshasa').total).toBe(drc);
    expect(search('cobalt democratic republic of the congo').total).toBe(drc);
  });

  it('treats the ILO and its full name as one organisation, not as the word "labour"', () => {
    const ilo = search('ILO cobalt');
    for (const name of [
      'International Labour Organization cobalt',
      'international labor office cobalt',
    ]) {
      const named = search(name);
      expect(named.total, name).toBe(ilo.total);
      expect(
        named.results.map((result) => result.id),
        name,
      ).toEqual(ilo.results.map((result) => result.id));
    }
  });

  it('treats labour and labor alike', () => {
    expect(search('child labor mica').total).toBe(search('child labour mica').total);
  });

  it('finds Côte d’Ivoire records for "ivory coast"', () => {
    const reply = search('ivory coast');
    expect(reply.total).toBeGreaterThan(0);
    for (const result of reply.results)
      expect(recordOf(result.id).countries).toContain("Côte d'Ivoire");
  });

  it('maps coltan to tantalum', () => {
    expect(search('coltan').total).toBe(search('tantalum').total);
  });

  it('finds child labour free zones for CLFZ', () => {
    const ids = search('clfz').results.map((result) => result.id);
    expect(ids).toContain('stop-child-labour-out-of-work');
  });

  it('finds mercury work for "minamata" and gold mining for ASGM', () => {
    expect(search('minamata').total).toBeGreaterThan(0);
    expect(topIds('asgm', 5).length).toBe(5);
  });

  it('folds accents: nemocon finds Nemocón', () => {
    expect(topIds('nemocon')).toContain('ipec-colombia-mining');
  });
});

describe('ranking of name matches', () => {
  it('puts the record whose acronym is the query first', () => {
    expect(topIds('cotecco', 1)).toEqual(['cotecco']);
    expect(topIds('planetgold', 1)).toEqual(['planetgold']);
    expect(topIds('itsci', 1)).toEqual(['itsci']);
  });

  it('puts a report found by its title first', () => {
    expect(topIds('toxic toil', 1)).toEqual(['toxic-toil-2013']);
  });
});

describe('search with filters', () => {
  it('keeps only records passing every filter', () => {
    const reply = search('search mineral:cobalt country:drc type:intervention');
    expect(reply.total).toBeGreaterThan(3);
    for (const result of reply.results) {
      expect(result.type).toBe('intervention');
      expect(recordOf(result.id).countries).toContain('Democratic Republic of the Congo');
      expect(recordOf(result.id).minerals).toContain('cobalt');
    }
  });

  it('pages five at a time with a total', () => {
    const first = search('search gold');
    expect(first.results).toHaveLength(5);
    expect(first.paging).toMatchObject({ page: 1, pageSize: 5, total: first.total });
    const second = search(first.paging?.next ?? '');
    expect(second.paging?.page).toBe(2);
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id);
  });

  it('offers did-you-mean for a mistyped filter value', () => {
    const reply = shippedAssay().run('search country:ghna');
    expect(reply.kind).toBe('problem');
    expect(reply.kind === 'problem' && reply.message).toBe(
      'Unknown country "ghna" — did you mean Ghana?',
    );
    expect(reply.suggestions[0]).toEqual({ label: 'country:Ghana', query: 'search country:Ghana' });
  });

  it('answers "unknown mineral gld — did you mean gold"', () => {
    const reply = shippedAssay().run('search mineral:gld');
    expect(reply.kind === 'problem' && reply.message).toBe(
      'Unknown mineral "gld" — did you mean gold?',
    );
  });
});

describe('zero results', () => {
  it('suggests dropping the filter that empties the list', () => {
    const reply = search('search mica country:peru');
    expect(reply.total).toBe(0);
    expect(reply.suggestions.map((s) => s.query)).toContain('search mica');
  });

  it('suggests respellings for words the corpus does not know', () => {
    const reply = search('search qqqqq');
    expect(reply.total).toBe(0);
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });
});

describe('word forms and ranking a person agrees with', () => {
  const ids = (text: string) => {
    const out: string[] = [];
    for (let page = 1; ; page++) {
      const reply = shippedAssay().run(`${text} page:${page}`);
      if (reply.kind !== 'search' && reply.kind !== 'lessons') break;
      out.push(...reply.results.map((item) => item.id));
      if (!reply.paging || page >= reply.paging.pageCount) break;
    }
    return out;
  };

  it('finds the same lessons for formalisation, formalise and informal', () => {
    const formalisation = ids('lessons formalisation').sort();
    expect(formalisation.length).toBeGreaterThan(3);
    expect(ids('lessons formalise').sort()).toEqual(formalisation);
    expect(ids('lessons informal').sort()).toEqual(formalisation);
    expect(ids('lessons formalization').sort()).toEqual(formalisation);
  });

  it('puts records named for gold before records that merely carry it, never alphabetically', () => {
    // A lesson's title is its scope, not its name: lessons are left out of the check.
    const found = ids('search gold')
      .map(recordOf)
      .filter((record) => record.type !== 'lesson');
    const named = found.map((record) =>
      /\bgold\b/i.test(`${record.title} ${record.acronym ?? ''}`),
    );
    expect(named.indexOf(false)).toBeGreaterThan(0);
    expect(named.slice(named.indexOf(false))).not.toContain(true);
    const first = found.slice(0, 10).map((record) => record.id);
    expect(first).not.toEqual([...first].sort());
  });

  it('reads run-together words as their parts', () => {
    expect(search('smallscale mining').total).toBe(search('small scale mining').total);
    expect(topIds('mercury westafrica')).toContain('agc-west-africa-mercury');
  });

  it('never lets a question word hide the records the question is about', () => {
    // "done" in one report's summary once outweighed child, labour and mining together.
    const reply = search('whats being done about child labour in cobalt mining');
    expect(reply.total).toBeGreaterThan(10);
    expect(reply.results[0]?.id).toBe('cotecco');
  });

  it('says which free words it read as filters', () => {
    const reply = search("what's ongoing in DRC cobalt");
    expect(reply.sections[0]).toEqual({
      type: 'text',
      text: 'Understood: status ongoing, country Democratic Republic of the Congo, mineral cobalt.',
    });
  });
});
