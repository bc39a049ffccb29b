import { describe, expect, it } from 'vitest';
import { formatQuery, MAX_COMMAND_LENGTH, parseQuery } from '../../src/search/parse-query.js';

describe('the command grammar', () => {
  it('reads bare words as search', () => {
    expect(parseQuery('mercury ghana')).toEqual({
      ok: true,
      query: { command: 'search', words: ['mercury', 'ghana'], options: {} },
    });
  });

  it('reads every filter key and by/page', () => {
    const parsed = parseQuery(
      'search gold mineral:gold country:ghana region:africa area:3 type:report status:ongoing kind:standard org:ilo donor:usdol year:2015-2020 page:2',
    );
    expect(parsed.ok && parsed.query.options).toEqual({
      mineral: 'gold',
      country: 'ghana',
      region: 'africa',
      area: '3',
      type: 'report',
      status: 'ongoing',
      kind: 'standard',
      org: 'ilo',
      donor: 'usdol',
      year: '2015-2020',
      page: '2',
    });
    expect(parsed.ok && parsed.query.words).toEqual(['gold']);
  });

  it('keeps quoted values together, straight or curly quotes', () => {
    const parsed = parseQuery('search country:"burkina faso" “save the children”');
    expect(parsed.ok && parsed.query).toEqual({
      command: 'search',
      words: ['save the children'],
      options: { country: 'burkina faso' },
    });
  });

  it('accepts a space after the colon and plural or spelled-out keys', () => {
    const parsed = parseQuery('stats by: mineral countries:peru organisation:pact');
    expect(parsed.ok && parsed.query.options).toEqual({
      by: 'mineral',
      country: 'peru',
      org: 'pact',
    });
  });

  it('names the unknown filter and lists the real ones', () => {
    const parsed = parseQuery('search gold colour:red');
    expect(parsed).toMatchObject({ ok: false, example: 'mercury ghana mineral:gold' });
    expect(!parsed.ok && parsed.message).toBe(
      'Unknown filter "colour:". Filters are mineral, country, region, area, type, status, kind, org, donor, year, plus by: (stats), page:, and for: and title: (meeting start).',
    );
  });

  it('says when a filter has no value', () => {
    const parsed = parseQuery('search mineral:');
    expect(!parsed.ok && parsed.message).toBe('The filter "mineral:" needs a value.');
  });

  it('treats URLs as words, not as filters', () => {
    const parsed = parseQuery('https://example.org/x');
    expect(parsed.ok && parsed.query.words).toEqual(['https://example.org/x']);
  });

  it('refuses overlong input with the length and the limit', () => {
    const parsed = parseQuery('a'.repeat(20_000));
    expect(!parsed.ok && parsed.message).toBe(
      `That command is 20,000 characters long; Assay reads up to ${MAX_COMMAND_LENGTH}.`,
    );
  });

  it('strips control characters', () => {
    const parsed = parseQuery('gold\u0000\u001b[31m ghana\u0007');
    expect(parsed.ok && parsed.query.words).toEqual(['gold', '[31m', 'ghana']);
  });

  it('formats a query back to canonical text, quoting values with spaces', () => {
    expect(
      formatQuery({
        command: 'search',
        words: ['gold'],
        options: { page: '2', country: 'burkina faso' },
      }),
    ).toBe('search gold country:"burkina faso" page:2');
  });
});

describe('values typed the way people type them', () => {
  const options = (text: string) => {
    const parsed = parseQuery(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.query;
  };

  it('takes a multi-word value without quotes when the words form a known name', () => {
    expect(options('search country:sierra leone')).toMatchObject({
      words: [],
      options: { country: 'sierra leone' },
    });
    expect(options('stats by:mineral country:south africa').options.country).toBe('south africa');
    expect(options('stats region:West Africa mercury')).toMatchObject({
      words: ['mercury'],
      options: { region: 'West Africa' },
    });
  });

  it('keeps no stray word when a multi-word value has a typo', () => {
    expect(options('search country:sierra leon mercury')).toMatchObject({
      words: ['mercury'],
      options: { country: 'sierra leon' },
    });
  });

  it('reads a repeated key as either value', () => {
    expect(options('stats mineral:gold mineral:cobalt').options.mineral).toBe('gold,cobalt');
  });
});
