// The lexicon's row format, shared by the lexicon-*.ts tables:
//   "english;english|français;…|español;…|português;…|source-key,source-key|note"
// - english: the corpus's words for the concept (the first names it);
// - each language cell: what a speaker types, including plurals a stemmer would
//   not merge, regional forms (Latin-American and Spain Spanish, Brazilian and
//   European Portuguese) and other spellings; accents are kept as written, the
//   matcher folds them (foldText), so "minería" also covers "mineria";
// - a term starting with "~" is ambiguous in that language (French "or" is
//   also "or"): it may count only as a filter value or beside a mining word;
//   "~'" marks one that also counts right after an elided article, where the
//   other meaning cannot stand ("l'or", "d'or": the conjunction never follows one);
// - source keys name LEXICON_SOURCES entries where the terms were seen;
// - the note, optional, says what a reviewer should know.

export type LexiconLanguage = 'fr' | 'es' | 'pt';
export const LEXICON_LANGUAGES: readonly LexiconLanguage[] = ['fr', 'es', 'pt'];

export interface LexiconTerm {
  text: string;
  /** Counts only as a filter value or next to a mining word. */
  contextOnly: boolean;
  /** Ambiguous, but not right after an elided article ("l'or"). */
  afterElision?: boolean;
}

export interface LexiconEntry {
  /** The corpus's English: the first is the concept's name. */
  en: readonly string[];
  terms: Readonly<Record<LexiconLanguage, readonly LexiconTerm[]>>;
  sources: readonly string[];
  note?: string;
  /** Which table it comes from: minerals and mining words make a "mining context". */
  domain: string;
}

export function parseTerms(cell: string | undefined): LexiconTerm[] {
  return (cell ?? '')
    .split(';')
    .map((term) => term.trim())
    .filter(Boolean)
    .map((term) => {
      if (term.startsWith("~'"))
        return { text: term.slice(2).trim(), contextOnly: true, afterElision: true };
      return term.startsWith('~')
        ? { text: term.slice(1).trim(), contextOnly: true }
        : { text: term, contextOnly: false };
    });
}

/** The fr, es and pt cells of a row, in that order, as terms. */
export function parseLanguageCells(
  cells: readonly (string | undefined)[],
): Record<LexiconLanguage, LexiconTerm[]> {
  return { fr: parseTerms(cells[0]), es: parseTerms(cells[1]), pt: parseTerms(cells[2]) };
}

function splitList(cell: string | undefined, separator: string): string[] {
  return (cell ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function parseLexiconRows(rows: string, domain: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const row of rows.split('\n')) {
    if (row.trim() === '') continue;
    const [en, fr, es, pt, sources, note] = row.split('|');
    const entry: LexiconEntry = {
      en: splitList(en, ';'),
      terms: parseLanguageCells([fr, es, pt]),
      sources: splitList(sources, ','),
      domain,
    };
    if (note?.trim()) entry.note = note.trim();
    entries.push(entry);
  }
  return entries;
}
