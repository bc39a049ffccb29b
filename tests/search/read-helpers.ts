import { type QueryPiece, readQuery } from '../../src/search/read-query.js';
import { understandWords } from '../../src/search/understand-words.js';

// How the query-reading tests look at a reading.

export const read = (text: string, locale?: string) => readQuery(text.split(' '), { locale });

/** "typed→english" for translated pieces, "(typed)" for stop words, the word alone otherwise. */
export const show = (pieces: readonly QueryPiece[]) =>
  pieces.map((piece) =>
    piece.stop
      ? `(${piece.typed})`
      : piece.english
        ? `${piece.typed}→${piece.english}`
        : piece.typed,
  );

/** The filters read from free words, as "key value". */
export const understood = (text: string, locale?: string) =>
  understandWords(text.split(' '), new Set(), locale).understood.map(
    ({ key, value }) => `${key} ${value}`,
  );
