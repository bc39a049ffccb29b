import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import { stopwords as portugueseStopWords } from '@orama/stopwords/portuguese';
import { stopwords as spanishStopWords } from '@orama/stopwords/spanish';
import type { LexiconLanguage } from './lexicon-table.js';

// Function and question words of French, Spanish and Portuguese, which never
// count as search terms. The base lists are @orama/stopwords' (Snowball's);
// this file adds the question words and polite filler people type that those
// lists lack, and takes back the words that are terms of this field.

/** Question words and filler missing from the base lists (checked by a test). */
export const EXTRA_STOP_WORDS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  fr: [
    'où',
    'combien',
    'comment',
    'pourquoi',
    'quand',
    'quoi',
    'a',
    'est-ce',
    'svp',
    'stp',
    'merci',
    'bonjour',
    'voudrais',
    'veux',
    'cherche',
    'tous',
    'toutes',
    'tout',
    'plus',
    'existe',
    'existent',
    // "qu'est-ce qui est fait contre…", "que faire contre…": the question, not its topic
    // (Spanish's base list has hace, hacen, contra).
    'fait',
    'faire',
    'font',
    'contre',
  ],
  es: ['favor', 'gracias', 'hola', 'quiero', 'busco', 'necesito'],
  pt: [
    'quais',
    'onde',
    'quantos',
    'quantas',
    'porque',
    'existe',
    'existem',
    'têm',
    'quero',
    'gostaria',
    'obrigado',
    'obrigada',
    'olá',
    'favor',
    'sobre',
    'todos',
    'todas',
    'procuro',
    'preciso',
    // "o que está sendo feito contra…", "o que fazer contra…".
    'feito',
    'fazer',
    'faz',
    'fazem',
    'sendo',
    'contra',
  ],
};

/**
 * Words of the base lists that are terms of this field or of Assay's commands
 * and filters: Spanish "trabajo" (trabajo infantil), "trata" (trata de
 * personas), "final" (evaluación final), "estado"/"estados" (status:,
 * Estados Unidos), "pais" (country:), "ver" (show). Compared folded, so "país" is kept too.
 */
export const KEPT_FIELD_WORDS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  fr: [],
  es: [
    'trabajo',
    'trabaja',
    'trabajan',
    'trabajar',
    'trata',
    'final',
    'estado',
    'estados',
    'pais',
    'paìs',
    'ver',
    'general',
    'valor',
  ],
  pt: [],
};

const BASE: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  fr: frenchStopWords,
  es: spanishStopWords,
  pt: portugueseStopWords,
};

function stopWordsOf(language: LexiconLanguage): ReadonlySet<string> {
  const kept = new Set(KEPT_FIELD_WORDS[language]);
  return new Set(
    [...BASE[language], ...EXTRA_STOP_WORDS[language]].filter((word) => !kept.has(word)),
  );
}

/** Stop words per language, as written (with accents); compare after folding both sides. */
export const STOP_WORDS: Readonly<Record<LexiconLanguage, ReadonlySet<string>>> = {
  fr: stopWordsOf('fr'),
  es: stopWordsOf('es'),
  pt: stopWordsOf('pt'),
};

/**
 * Elided articles and pronouns that stick to the next word ("l'ouest",
 * "d'or", "qu'est-ce", Italian-style "dell'", "all'" in names): split them off
 * before folding, or "l'ouest" is searched as "louest".
 */
export const ELISION_PREFIXES: readonly string[] = [
  "l'",
  "d'",
  "qu'",
  "j'",
  "n'",
  "s'",
  "c'",
  "m'",
  "t'",
  "jusqu'",
  "lorsqu'",
  "puisqu'",
  "quoiqu'",
  "presqu'",
  "dell'",
  "all'",
  "dall'",
  "nell'",
  "sull'",
  "un'",
];
