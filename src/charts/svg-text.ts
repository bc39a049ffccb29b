import { removeControlCharacters } from '../text/remove-control-characters.js';
import { chartFont, FONT_FAMILY } from './chart-font.js';

// Text in an SVG chart: escaped for XML, and shortened or wrapped by what it
// measures in the shipped font.

const ELLIPSIS = '…';

export function escapeXml(text: string): string {
  return removeControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

export function measure(text: string, style: TextStyle): number {
  const font = chartFont();
  return (style.bold ? font.bold : font.regular).measure(text, style.size);
}

/** `text` as is when it fits `width`, else cut (at a word when one is near) and marked with "…". */
export function fitText(text: string, width: number, style: TextStyle): string {
  if (measure(text, style) <= width) return text;
  const characters = [...text];
  let length = characters.length;
  while (length > 0 && measure(characters.slice(0, length).join('') + ELLIPSIS, style) > width)
    length--;
  const cut = characters.slice(0, length).join('');
  const space = cut.lastIndexOf(' ');
  const kept = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.·-]+$/, '')}${ELLIPSIS}`;
}

/** Words laid into at most `maxLines` lines of `width`; the last line is fitted. */
export function wrapText(
  text: string,
  width: number,
  style: TextStyle,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [index, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, style) <= width || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText([line, ...words.slice(index)].join(' '), width, style));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(fitText(line, width, style));
  return lines;
}

/** One <text> element; the content is escaped here and nowhere else. */
export function svgText(x: number, y: number, text: string, style: TextStyle, extra = ''): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-family="${FONT_FAMILY}"`,
    `font-size="${style.size}"`,
    style.bold ? 'font-weight="700"' : '',
    `fill="${style.fill ?? INK}"`,
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
    extra,
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(text)}</text>`;
}

export const round = (value: number): number => Math.round(value * 10) / 10;

export const INK = '#1a202c';
export const MUTED = '#4a5568';
