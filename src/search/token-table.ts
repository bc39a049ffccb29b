import { PHRASE_TOKENS } from './synonyms.js';
import { isStopWord, stem } from './tokenize.js';

// Word → token id, decided once per distinct word: stemming, stop words and
// spelling variants cost one map look-up per word while indexing.

const STOP = -1;

export class TokenTable {
  /** Token text by id. */
  readonly tokens: string[] = [];
  /** The first word seen for each token id: a readable form of a stem. */
  readonly surfaces: string[] = [];
  private readonly idByToken = new Map<string, number>();
  private readonly idByWord = new Map<string, number>();

  /** The id of a folded word's token, or -1 for a stop word. */
  wordId(word: string): number {
    let id = this.idByWord.get(word);
    if (id === undefined) {
      id = isStopWord(word) ? STOP : this.tokenId(stem(word), word);
      this.idByWord.set(word, id);
    }
    return id;
  }

  /** Every word seen that is not a stop word, with its token id. */
  *words(): Iterable<[string, number]> {
    for (const [word, id] of this.idByWord) if (id !== STOP) yield [word, id];
  }

  tokenId(token: string, surface = token): number {
    let id = this.idByToken.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.tokens.push(token);
      this.surfaces.push(surface);
      this.idByToken.set(token, id);
    }
    return id;
  }
}

export interface PhraseMatcher {
  words: string[];
  tokenId: number;
}

/** The phrases that stand for one token, by their first word. */
export function phrasesByFirstWord(table: TokenTable): Map<string, PhraseMatcher[]> {
  const byFirst = new Map<string, PhraseMatcher[]>();
  for (const { token, phrases } of PHRASE_TOKENS) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const first = words[0] ?? phrase;
      const list = byFirst.get(first) ?? [];
      list.push({ words, tokenId: table.tokenId(token) });
      byFirst.set(first, list);
    }
  }
  return byFirst;
}

/** Whether `words` holds the phrase starting at `at`. */
export function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 1; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}
