import { foldText } from '../text/fold-text.js';
import { FILTER_VALUES_I18N } from '../vocabulary/command-words-table.js';
import { LEXICON } from '../vocabulary/lexicon.js';
import { LEXICON_LANGUAGES, type LexiconLanguage } from '../vocabulary/lexicon-table.js';
import { COUNTRY_NAMES_I18N, REGION_NAMES_I18N } from '../vocabulary/place-names-i18n.js';
import { COUNTRIES, REGIONS } from '../vocabulary/places.js';
import { STOP_WORDS } from '../vocabulary/stop-words-i18n.js';
import { foreignStemmer } from './foreign-stemmers.js';
import { queryWordsOf } from './query-words.js';
import { stem } from './tokenize.js';

// What the query reader knows of French, Spanish and Portuguese, built from
// the vocabulary tables the first time a query needs the language (a one-shot
// English command never does; the bot builds all three at start-up): stop
// words, a Snowball stemmer, and every term the reader can put into the
// corpus's English, indexed by its first word.

/** Where a translation comes from: the field's lexicon, a place name, a filter value word. */
export type TranslationKind = 'term' | 'place' | 'value';

export interface Translation {
  kind: TranslationKind;
  /** The term's words: stems for lexicon terms, folded words for place names and value words. */
  keys: readonly string[];
  /** Lexicon terms match across the language's stop words ("travail des enfants" ≈ "travail enfants"). */
  skipsStopWords: boolean;
  /** The corpus's English for it ("child labour", "Peru", "ongoing"). */
  english: string;
  /** Ambiguous: counts only beside a mining word (lexicon "~"). */
  contextOnly: boolean;
  /** Ambiguous, but counts right after an elided article (lexicon "~'": "l'or"). */
  afterElision: boolean;
  /** A word of the mining domain: it makes the context for an ambiguous neighbour. */
  mining: boolean;
  /** Spelled as in English ("cobalt", "Ghana"): no evidence of the language. */
  neutral: boolean;
  /** The term's own words, folded: only a match of these, not of their stems, is evidence. */
  spelled: string;
  /** The term's words as written, accents kept, one per key. */
  accented: readonly string[];
}

export interface LanguageTable {
  language: LexiconLanguage;
  /** Stop words, folded. */
  stops: ReadonlySet<string>;
  /** A word's stem, folded; `word` is lower case with its accents. */
  stem(word: string): string;
  /** Translations that may start at a word (by its stem or its folded spelling). */
  startingAt(raw: string, folded: string): readonly Translation[];
  /** The field's terms' words, folded, each with its spelling as written: what a typo is read as. */
  termWords: ReadonlyMap<string, string>;
  /** The stems of the terms' words: a word with one of these is an inflection, not a typo. */
  termStems: ReadonlySet<string>;
  /** Every word of the table's terms, names and values, folded. */
  spellings: ReadonlySet<string>;
}

/**
 * Value words read in free text: statuses and record types (as in English),
 * and "projet(s)", which, like English "projects", asks for nothing in particular.
 */
const FREE_VALUE = /^(status:(ongoing|completed)|type:(report|lesson|intervention)|kind:project)$/;

/** Folded words and phrases of a list of texts, each phrase and each of its words. */
function spellingsOf(texts: readonly string[]): Set<string> {
  const spellings = new Set<string>();
  for (const text of texts) {
    const folded = foldText(text);
    spellings.add(folded);
    for (const word of folded.split(' ')) spellings.add(word);
  }
  return spellings;
}

function makeStemmer(language: LexiconLanguage): (word: string) => string {
  const cache = new Map<string, string>();
  const stemmer = foreignStemmer(language);
  return (word) => {
    let stem = cache.get(word);
    if (stem === undefined) {
      // Stemmed with its accents, then folded: Snowball's rules read the accents.
      stem = word.length <= 2 || /\d/.test(word) ? foldText(word) : foldText(stemmer(word));
      if (cache.size < 50_000) cache.set(word, stem);
    }
    return stem;
  };
}

function buildTable(language: LexiconLanguage, english: ReadonlySet<string>): LanguageTable {
  const stops = new Set([...STOP_WORDS[language]].map(foldText));
  const stem = makeStemmer(language);
  const byFirstStem = new Map<string, Translation[]>();
  const byFirstWord = new Map<string, Translation[]>();
  const termWords = new Map<string, string>();
  const termStems = new Set<string>();
  const spellings = new Set<string>();
  const add = (
    text: string,
    base: Omit<Translation, 'keys' | 'neutral' | 'skipsStopWords' | 'spelled' | 'accented'>,
  ) => {
    const words = queryWordsOf(text);
    const stemmed = base.kind === 'term';
    const skipsStopWords = base.kind === 'term';
    const kept = skipsStopWords ? words.filter((word) => !stops.has(foldText(word))) : words;
    const content = kept.length > 0 ? kept : words;
    // Both the accented and the unaccented spelling's stem: people type either.
    const variants = stemmed
      ? [content.map(stem), content.map((word) => stem(foldText(word)))]
      : [content.map(foldText)];
    const neutral = english.has(foldText(text));
    const spelled = content.map(foldText).join(' ');
    for (const word of words) spellings.add(foldText(word));
    if (stemmed)
      for (const [at, word] of content.entries()) {
        termWords.set(foldText(word), word);
        for (const keys of variants) termStems.add(keys[at] as string);
      }
    for (const keys of variants) {
      const map = stemmed ? byFirstStem : byFirstWord;
      const first = keys[0] as string;
      const list = map.get(first) ?? [];
      // The accented and unaccented stems are often the same: one entry is enough.
      if (list.some((one) => one.spelled === spelled && one.keys.join(' ') === keys.join(' ')))
        if (list.some((one) => one.english === base.english)) continue;
      list.push({ ...base, keys, skipsStopWords, neutral, spelled, accented: content });
      map.set(first, list);
    }
  };
  for (const entry of LEXICON) {
    const englishName = entry.en[0] as string;
    for (const term of entry.terms[language])
      add(term.text, {
        kind: 'term',
        english: englishName,
        contextOnly: term.contextOnly,
        afterElision: term.afterElision === true,
        mining: entry.domain === 'mining' && !term.contextOnly,
      });
  }
  // A name that also names another place (Spanish "Congo" is CLDR's Republic
  // of the Congo, and what most who type it mean is the DRC) is not read
  // in free text: left as typed, it matches both, as the English word does.
  for (const place of [...COUNTRY_NAMES_I18N, ...REGION_NAMES_I18N])
    for (const term of place.terms[language])
      if (!term.contextOnly)
        add(term.text, {
          kind: 'place',
          english: place.name,
          contextOnly: false,
          afterElision: false,
          mining: false,
        });
  for (const row of FILTER_VALUES_I18N) {
    if (!FREE_VALUE.test(row.english)) continue;
    const value = row.english.split(':')[1] as string;
    for (const term of row.terms[language])
      if (!term.contextOnly)
        add(term.text, {
          kind: 'value',
          english: value,
          contextOnly: false,
          afterElision: false,
          mining: false,
        });
  }
  // Not kept per word here: match-terms.ts keeps, per word, the translations
  // it is the first word of, which is all a query asks of this.
  const none: readonly Translation[] = [];
  const startingAt = (raw: string, folded: string) => {
    const all = [
      ...(byFirstStem.get(stem(raw)) ?? none),
      ...(byFirstStem.get(stem(folded)) ?? none),
      ...(byFirstWord.get(folded) ?? none),
    ];
    return all.length === 0 ? none : [...new Set(all)];
  };
  return { language, stops, stem, startingAt, termWords, termStems, spellings };
}

/** The lexicon's English words, folded (phrases and their single words): evidence of English. */
export const ENGLISH_WORDS: ReadonlySet<string> = spellingsOf(LEXICON.flatMap((entry) => entry.en));

/** Their English stems: "audits" and "mines" are English words too. */
export const ENGLISH_STEMS: ReadonlySet<string> = new Set(
  [...ENGLISH_WORDS].map((word) => stem(word)),
);

/** Country and region names and aliases, folded: shared by every language, evidence of none. */
export const PLACE_SPELLINGS: ReadonlySet<string> = spellingsOf(
  [COUNTRIES, REGIONS].flatMap((table) =>
    table.entries.flatMap((entry) => [entry.name, ...entry.aliases]),
  ),
);

/** A foreign word spelled like one of these says nothing of its language. */
const ENGLISH_SPELLINGS = new Set([...ENGLISH_WORDS, ...PLACE_SPELLINGS]);

const built = new Map<LexiconLanguage, LanguageTable>();

function tableOf(language: LexiconLanguage): LanguageTable {
  let table = built.get(language);
  if (!table) {
    table = buildTable(language, ENGLISH_SPELLINGS);
    built.set(language, table);
  }
  return table;
}

/** Each language's table, built the first time it is read. */
export const LANGUAGE_TABLES: Readonly<Record<LexiconLanguage, LanguageTable>> = {
  get fr() {
    return tableOf('fr');
  },
  get es() {
    return tableOf('es');
  },
  get pt() {
    return tableOf('pt');
  },
};

/** Builds every language's table now (the bot, so that no first reply waits for one). */
export function buildLanguageTables(): void {
  for (const language of LEXICON_LANGUAGES) tableOf(language);
}
