import { describe, expect, it } from 'vitest';
import { isMirror, linkLabel, linkLabels } from '../../src/vocabulary/publishers.js';
import { fixtureAssay } from '../support/assays.js';

describe('a link labelled by its publisher', () => {
  it('names known publishers, subdomains included', () => {
    expect(linkLabel('https://www.ilo.org/ipec/x.htm')).toBe('ILO');
    expect(linkLabel('https://webapps.ilo.org/x')).toBe('ILO');
    expect(linkLabel('https://dol.gov/agencies/ilab/x?lang=fa')).toBe('US Department of Labor');
    expect(linkLabel('https://documents1.worldbank.org/curated/en/x.pdf')).toBe('World Bank');
    expect(linkLabel('https://www.hrw.org/report/2013/x')).toBe('Human Rights Watch');
  });

  it('shows an unknown publisher as its bare domain', () => {
    expect(linkLabel('http://www.manilatimes.net/ilo-awarded/248850/')).toBe('manilatimes.net');
    expect(linkLabel('https://responsiblemineralsinitiative.org./x')).toBe(
      'Responsible Minerals Initiative',
    );
  });

  it('marks a document-hosting mirror as a copy, whatever its subdomain', () => {
    expect(linkLabel('https://docslib.org/doc/2328496/x')).toBe('docslib.org (copy)');
    expect(linkLabel('https://fr.scribd.com/document/1/x')).toBe('scribd.com (copy)');
    expect(isMirror('https://theses.xlibx.info/t1/x')).toBe(true);
    expect(isMirror('https://www.ilo.org/x')).toBe(false);
    // a look-alike host is not the mirror
    expect(isMirror('https://notdocslib.org/x')).toBe(false);
  });

  it('numbers repeated labels so each link stays tellable apart', () => {
    expect(linkLabels(['https://ilo.org/a', 'https://dol.gov/b', 'https://www.ilo.org/c'])).toEqual(
      ['ILO 1', 'US Department of Labor', 'ILO 2'],
    );
  });
});

describe('a card lists its sources by publisher', () => {
  it('labels each link by publisher or domain, copies marked', () => {
    const reply = fixtureAssay().run('show ipec-colombia-mining');
    const links = reply.sections.flatMap((section) =>
      section.type === 'links' ? section.links : [],
    );
    expect(links.map((link) => link.label)).toEqual([
      'geco.mineroartesanal.com',
      'scribd.com (copy)',
    ]);
    expect(links[1]?.url).toBe('https://www.scribd.com/doc/36909029/Sin-pala-y-con-alas');
  });
});

describe('the shipped corpus links', () => {
  it('never asks a publisher for a page in another language (dol.gov ?lang=fa served Persian)', async () => {
    const { shippedAssay } = await import('../support/assays.js');
    const translated = shippedAssay()
      .corpus.records.flatMap((record) => record.source.sources ?? [])
      .filter((url) => /[?&]lang=(?!(?:en|us)\b)/i.test(url));
    expect(translated).toEqual([]);
  });
});
