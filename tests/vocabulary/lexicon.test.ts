import { describe, expect, it } from 'vitest';
import { foldText, foldWords } from '../../src/text/fold-text.js';
import { LEXICON } from '../../src/vocabulary/lexicon.js';
import { LEXICON_SOURCES } from '../../src/vocabulary/lexicon-sources.js';
import { LEXICON_LANGUAGES, type LexiconEntry } from '../../src/vocabulary/lexicon-table.js';
import { COUNTRY_NAMES_I18N, REGION_NAMES_I18N } from '../../src/vocabulary/place-names-i18n.js';
import { STOP_WORDS } from '../../src/vocabulary/stop-words-i18n.js';
import { containsPhrase, corpusAndVocabularyText } from '../support/corpus-words.js';

const name = (entry: LexiconEntry) => entry.en[0] ?? '(no English)';

/** The concepts a folded foreign term maps to, with whether it was flagged there. */
function termIndex() {
  const index = new Map<string, { concept: string; contextOnly: boolean }[]>();
  for (const entry of LEXICON) {
    for (const language of LEXICON_LANGUAGES) {
      for (const term of entry.terms[language]) {
        const key = foldText(term.text);
        const uses = index.get(key) ?? [];
        uses.push({ concept: name(entry), contextOnly: term.contextOnly });
        index.set(key, uses);
      }
    }
  }
  return index;
}

function conceptsOf(term: string): string[] {
  return [...new Set((termIndex().get(foldText(term)) ?? []).map((use) => use.concept))];
}

describe('the French, Spanish and Portuguese lexicon', () => {
  it('has at least 150 concepts, each with English, French, Spanish and Portuguese terms', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(150);
    const incomplete = LEXICON.filter(
      (entry) =>
        entry.en.length === 0 ||
        LEXICON_LANGUAGES.some((language) => entry.terms[language].length === 0),
    );
    expect(incomplete.map(name)).toEqual([]);
  });

  it('names a known source for every concept, and every source is a page', () => {
    const unsourced = LEXICON.filter((entry) => entry.sources.length === 0).map(name);
    expect(unsourced).toEqual([]);
    const unknown = LEXICON.flatMap((entry) =>
      entry.sources.filter((key) => !Object.hasOwn(LEXICON_SOURCES, key)),
    );
    expect(unknown).toEqual([]);
    const notPages = Object.entries(LEXICON_SOURCES).filter(([, url]) => !/^https?:\/\//.test(url));
    expect(notPages).toEqual([]);
  });

  it("maps every concept to English that occurs in the corpus's text or vocabulary", () => {
    const text = corpusAndVocabularyText();
    const absent = LEXICON.flatMap((entry) => entry.en.filter((en) => !containsPhrase(text, en)));
    expect(absent).toEqual([]);
  });

  // A term unflagged in one concept and flagged in others (Spanish "niños": children, and
  // boys only in context) reads as the unflagged one; two unflagged readings would be a clash.
  it('maps no foreign term to two concepts unless all but one flag it ambiguous', () => {
    const clashes = [...termIndex()].filter(([, uses]) => {
      const plain = new Set(uses.filter((use) => !use.contextOnly).map((use) => use.concept));
      return plain.size > 1;
    });
    expect(clashes.map(([term, uses]) => `${term}: ${uses.map((u) => u.concept)}`)).toEqual([]);
  });

  it('shares no unflagged term with a country or region name', () => {
    const places = new Set(
      [...COUNTRY_NAMES_I18N, ...REGION_NAMES_I18N].flatMap((place) =>
        LEXICON_LANGUAGES.flatMap((language) =>
          place.terms[language].map((term) => foldText(term.text)),
        ),
      ),
    );
    const shared = [...termIndex()].filter(
      ([term, uses]) => places.has(term) && uses.some((use) => !use.contextOnly),
    );
    expect(shared.map(([term]) => term)).toEqual([]);
  });

  it('keeps every single-word term out of its language’s stop words, so it can be matched', () => {
    const swallowed = LEXICON.flatMap((entry) =>
      LEXICON_LANGUAGES.flatMap((language) => {
        const stop = new Set([...STOP_WORDS[language]].map(foldText));
        return entry.terms[language]
          .filter((term) => foldWords(term.text).every((word) => stop.has(word)))
          .map((term) => `${language} ${term.text} (${name(entry)})`);
      }),
    );
    expect(swallowed).toEqual([]);
  });

  it('flags the ambiguous words: French or, argent, mine, mineurs, carrière; plata; mina', () => {
    const flagged = (language: 'fr' | 'es' | 'pt', text: string) =>
      LEXICON.some((entry) =>
        entry.terms[language].some((term) => term.text === text && term.contextOnly),
      );
    expect(flagged('fr', 'or')).toBe(true);
    expect(flagged('fr', 'argent')).toBe(true);
    expect(flagged('fr', 'mine')).toBe(true);
    expect(flagged('fr', 'mineurs')).toBe(true);
    expect(flagged('pt', 'mina')).toBe(true);
    expect(flagged('es', 'plata')).toBe(true);
    expect(flagged('fr', 'carrière')).toBe(true);
    // Unambiguous gold words are not flagged.
    expect(flagged('pt', 'ouro')).toBe(false);
    expect(flagged('es', 'oro')).toBe(false);
  });

  it('maps the words the issue reproduces to the corpus’s English', () => {
    expect(conceptsOf('travail des enfants')).toEqual(['child labour']);
    expect(conceptsOf('travail infantile')).toEqual(['child labour']);
    expect(conceptsOf('trabajo infantil')).toEqual(['child labour']);
    expect(conceptsOf('trabalho infantil')).toEqual(['child labour']);
    expect(conceptsOf('orpaillage')).toEqual(['artisanal gold mining']);
    expect(conceptsOf('minería aurífera artesanal')).toEqual(['artisanal gold mining']);
    expect(conceptsOf('mineria aurifera artesanal')).toEqual(['artisanal gold mining']);
    expect(conceptsOf('garimpo')).toEqual(['artisanal gold mining']);
    expect(conceptsOf('mercure')).toEqual(['mercury']);
    expect(conceptsOf('oro')).toEqual(['gold']);
    expect(conceptsOf('coltan')).toEqual(['tantalum']);
    expect(conceptsOf('pires formes de travail des enfants')).toEqual([
      'worst forms of child labour',
    ]);
  });
});
