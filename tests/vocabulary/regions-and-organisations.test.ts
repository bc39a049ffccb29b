import { describe, expect, it } from 'vitest';
import { ORGANISATION_ROWS } from '../../src/vocabulary/organisation-table.js';
import {
  canonicalOrganisation,
  ORGANISATIONS,
  organisationFamily,
} from '../../src/vocabulary/organisations.js';
import { REGIONS, regionsOfCountry, subRegions } from '../../src/vocabulary/places.js';
import { REGION_ROWS } from '../../src/vocabulary/region-table.js';

describe('the region hierarchy', () => {
  it('puts a country in its continent, its sub-regions and the groupings that list it', () => {
    expect(regionsOfCountry('Ghana').sort()).toEqual(
      ['Africa', 'Sub-Saharan Africa', 'West Africa'].sort(),
    );
    expect(regionsOfCountry('DRC')).toEqual(
      expect.arrayContaining(['Africa', 'Central Africa', 'Great Lakes', 'Sub-Saharan Africa']),
    );
    expect(regionsOfCountry('Peru')).toEqual(
      expect.arrayContaining(['Latin America', 'South America', 'Andes', 'Amazon']),
    );
    expect(regionsOfCountry('South Africa')).toContain('Southern Africa');
    expect(regionsOfCountry('South Africa')).not.toContain('East Africa');
  });

  it('lists the sub-regions of a region', () => {
    expect(subRegions('africa')).toEqual(
      expect.arrayContaining(['West Africa', 'East Africa', 'Great Lakes', 'Sahel']),
    );
  });

  it('names where every grouping comes from', () => {
    const rows = REGION_ROWS.split('\n').filter((row) => row.trim() !== '');
    expect(rows.length).toBe(REGIONS.entries.length);
    for (const row of rows) expect(row.split('|')[3]?.trim(), row).not.toBe('');
  });
});

describe('the organisations table', () => {
  it('reads every spelling of a donor as one', () => {
    for (const [name, short] of [
      ['U.S. Department of Labor, Bureau of International Labor Affairs', 'USDOL/ILAB'],
      ['U.S. Department of Labor', undefined],
      ['U.S. Department of Labor', 'USDOL'],
    ] as const)
      expect(canonicalOrganisation(name, short)).toBe('USDOL');
  });

  it('counts ILO-IPEC and ITCILO under the ILO', () => {
    expect(
      canonicalOrganisation(
        'ILO International Programme on the Elimination of Child Labour',
        'IPEC',
      ),
    ).toBe('ILO-IPEC');
    expect(organisationFamily('ILO-IPEC')).toBe('ILO');
    expect(organisationFamily('ITCILO')).toBe('ILO');
    expect(organisationFamily('Pact')).toBe('Pact');
  });

  it('gives every organisation a source and a parent that exists', () => {
    const rows = ORGANISATION_ROWS.split('\n').filter((row) => row.trim() !== '');
    for (const row of rows) {
      const [, parent, , source] = row.split('|');
      expect(source, row).toMatch(/^https:\/\//);
      if (parent) expect(ORGANISATIONS.find(parent), row).toBeDefined();
    }
  });
});
