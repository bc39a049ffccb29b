import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold-text.js';
import { LEXICON_SOURCES } from '../../src/vocabulary/lexicon-sources.js';
import { LEXICON_LANGUAGES } from '../../src/vocabulary/lexicon-table.js';
import {
  COUNTRY_NAMES_I18N,
  PLACE_NAME_SOURCES,
  type PlaceNames,
  REGION_NAMES_I18N,
} from '../../src/vocabulary/place-names-i18n.js';
import { COUNTRIES, REGIONS } from '../../src/vocabulary/places.js';

// CLDR's names, as the Node running the tests has them: "Myanmar (Birmanie)"
// gives both names, the typographic apostrophe becomes a plain one.
const CLDR_LOCALES = { fr: ['fr'], es: ['es', 'es-419'], pt: ['pt', 'pt-PT'] } as const;
function cldrNames(locale: string, code: string): string[] {
  const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? '';
  return name.split(/\s*[()]\s*/).filter(Boolean);
}

function missingCldrNames(places: readonly PlaceNames[]): string[] {
  return places
    .filter((place) => place.code !== '-')
    .flatMap((place) =>
      LEXICON_LANGUAGES.flatMap((language) => {
        const have = new Set(place.terms[language].map((term) => foldText(term.text)));
        return CLDR_LOCALES[language]
          .flatMap((locale) => cldrNames(locale, place.code))
          .filter((cldr) => !have.has(foldText(cldr)))
          .map((cldr) => `${place.name} ${language}: ${cldr}`);
      }),
    );
}

function placesOf(places: readonly PlaceNames[], typed: string): string[] {
  return places
    .filter((place) =>
      LEXICON_LANGUAGES.some((language) =>
        place.terms[language].some((term) => foldText(term.text) === foldText(typed)),
      ),
    )
    .map((place) => place.name);
}

describe('country and region names in French, Spanish and Portuguese', () => {
  it('covers every country Assay knows, once, by its canonical name', () => {
    const names = COUNTRY_NAMES_I18N.map((place) => place.name);
    expect(COUNTRIES.entries.map((entry) => entry.name).filter((n) => !names.includes(n))).toEqual(
      [],
    );
    expect(names.filter((n) => COUNTRIES.find(n)?.name !== n)).toEqual([]);
    expect(names.filter((n, index) => names.indexOf(n) !== index)).toEqual([]);
  });

  it('covers every region Assay knows, by its canonical name', () => {
    const names = REGION_NAMES_I18N.map((place) => place.name);
    expect(REGIONS.entries.map((entry) => entry.name).filter((n) => !names.includes(n))).toEqual(
      [],
    );
    expect(names.filter((n) => REGIONS.find(n)?.name !== n)).toEqual([]);
  });

  it("holds CLDR's names for every country and every UN M49 region", () => {
    expect(missingCldrNames(COUNTRY_NAMES_I18N)).toEqual([]);
    expect(missingCldrNames(REGION_NAMES_I18N)).toEqual([]);
  });

  it('names a known source for every row, and has a name in every language', () => {
    const known = (key: string) =>
      Object.hasOwn(PLACE_NAME_SOURCES, key) || Object.hasOwn(LEXICON_SOURCES, key);
    const rows = [...COUNTRY_NAMES_I18N, ...REGION_NAMES_I18N];
    expect(rows.filter((row) => row.sources.length === 0 || !row.sources.every(known))).toEqual([]);
    const empty = rows.filter((row) => LEXICON_LANGUAGES.some((l) => row.terms[l].length === 0));
    expect(empty.map((row) => row.name)).toEqual([]);
  });

  it('gives no unflagged name to two countries', () => {
    const owners = new Map<string, Set<string>>();
    for (const place of COUNTRY_NAMES_I18N) {
      for (const language of LEXICON_LANGUAGES) {
        for (const term of place.terms[language]) {
          if (term.contextOnly) continue;
          const key = foldText(term.text);
          owners.set(key, (owners.get(key) ?? new Set()).add(place.name));
        }
      }
    }
    expect([...owners].filter(([, set]) => set.size > 1).map(([key]) => key)).toEqual([]);
  });

  it('knows the names the issue lists', () => {
    for (const typed of ['Pérou', 'Perú', 'Peru']) {
      expect(placesOf(COUNTRY_NAMES_I18N, typed)).toEqual(['Peru']);
    }
    expect(placesOf(COUNTRY_NAMES_I18N, 'Colombie')).toEqual(['Colombia']);
    expect(placesOf(COUNTRY_NAMES_I18N, 'Birmanie')).toEqual(['Myanmar']);
    expect(placesOf(COUNTRY_NAMES_I18N, 'Tanzanie')).toEqual(['Tanzania']);
    const drc = 'Democratic Republic of the Congo';
    for (const typed of ['RDC', 'RD Congo', 'República Democrática del Congo']) {
      expect(placesOf(COUNTRY_NAMES_I18N, typed)).toEqual([drc]);
    }
    for (const typed of ["Côte d'Ivoire", 'Costa de Marfil', 'Costa do Marfim']) {
      expect(placesOf(COUNTRY_NAMES_I18N, typed)).toEqual(["Côte d'Ivoire"]);
    }
    for (const typed of ["Afrique de l'Ouest", 'África Occidental', 'África Ocidental']) {
      expect(placesOf(REGION_NAMES_I18N, typed)).toEqual(['West Africa']);
    }
    expect(placesOf(REGION_NAMES_I18N, 'Amérique latine')).toEqual(['Latin America']);
  });
});
