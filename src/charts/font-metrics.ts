import { readFileSync } from 'node:fs';

// Text widths from the shipped TTF's own advance widths (hmtx via cmap), so a
// label is shortened by what it measures in the font resvg draws it with, not
// by a guess per character. Kerning is ignored: it only narrows Latin text.

export interface FontMetrics {
  /** Width in px of `text` set at `size` px. */
  measure(text: string, size: number): number;
  /** Whether the font has a glyph for every character (else resvg draws an empty box). */
  covers(text: string): boolean;
}

function tableOffsets(font: Buffer): Map<string, number> {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let index = 0; index < count; index++) {
    const entry = 12 + 16 * index;
    tables.set(font.toString('latin1', entry, entry + 4), font.readUInt32BE(entry + 8));
  }
  return tables;
}

function required(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`The font has no ${tag} table.`);
  return offset;
}

/** cmap format 12 (all planes) or format 4 (the BMP): code point → glyph id. */
function readCmap(font: Buffer, cmap: number): (codePoint: number) => number {
  const count = font.readUInt16BE(cmap + 2);
  const subtables = new Map<number, number>();
  for (let index = 0; index < count; index++) {
    const record = cmap + 4 + 8 * index;
    const subtable = cmap + font.readUInt32BE(record + 4);
    subtables.set(font.readUInt16BE(subtable), subtable);
  }
  const format12 = subtables.get(12);
  if (format12 !== undefined) return (code) => lookupFormat12(font, format12, code);
  const format4 = subtables.get(4);
  if (format4 !== undefined) return (code) => lookupFormat4(font, format4, code);
  throw new Error('The font has no Unicode cmap (format 4 or 12).');
}

function lookupFormat12(font: Buffer, table: number, code: number): number {
  const groups = font.readUInt32BE(table + 12);
  for (let index = 0; index < groups; index++) {
    const group = table + 16 + 12 * index;
    const start = font.readUInt32BE(group);
    if (code < start) return 0;
    if (code <= font.readUInt32BE(group + 4)) return font.readUInt32BE(group + 8) + code - start;
  }
  return 0;
}

function lookupFormat4(font: Buffer, table: number, code: number): number {
  if (code > 0xffff) return 0;
  const segments = font.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let segment = 0; segment < segments; segment++) {
    if (code > font.readUInt16BE(ends + 2 * segment)) continue;
    const start = font.readUInt16BE(starts + 2 * segment);
    if (code < start) return 0;
    const delta = font.readUInt16BE(deltas + 2 * segment);
    const rangeAt = rangeOffsets + 2 * segment;
    const range = font.readUInt16BE(rangeAt);
    if (range === 0) return (code + delta) & 0xffff;
    const glyph = font.readUInt16BE(rangeAt + range + 2 * (code - start));
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

export function loadFontMetrics(file: string): FontMetrics {
  const font = readFileSync(file);
  const tables = tableOffsets(font);
  const unitsPerEm = font.readUInt16BE(required(tables, 'head') + 18);
  const metricsCount = font.readUInt16BE(required(tables, 'hhea') + 34);
  const hmtx = required(tables, 'hmtx');
  const glyphOf = readCmap(font, required(tables, 'cmap'));
  const advance = (glyph: number) =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1));
  const cache = new Map<number, number>();
  const unitsOf = (code: number): number => {
    let units = cache.get(code);
    if (units === undefined) {
      units = advance(glyphOf(code));
      cache.set(code, units);
    }
    return units;
  };
  return {
    measure(text, size) {
      let units = 0;
      for (const character of text) units += unitsOf(character.codePointAt(0) ?? 0);
      return (units * size) / unitsPerEm;
    },
    covers(text) {
      return [...text].every((character) => glyphOf(character.codePointAt(0) ?? 0) !== 0);
    },
  };
}
