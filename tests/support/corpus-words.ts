import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedCorpusDir } from '../../src/index.js';
import { foldText } from '../../src/text/fold-text.js';
import { KIND_LABELS } from '../../src/vocabulary/kinds.js';
import { MINERALS } from '../../src/vocabulary/minerals.js';
import { COUNTRIES, REGIONS } from '../../src/vocabulary/places.js';

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectStrings(item, out);
  }
}

/** Every string of the shipped corpus files and of the vocabulary tables, folded, one per line. */
export function corpusAndVocabularyText(): string {
  const strings: string[] = [];
  const dir = shippedCorpusDir();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    collectStrings(JSON.parse(readFileSync(join(dir, file), 'utf8')), strings);
  }
  for (const table of [MINERALS, COUNTRIES, REGIONS]) {
    for (const entry of table.entries) strings.push(entry.name, ...entry.aliases);
  }
  for (const { label, aliases } of Object.values(KIND_LABELS)) strings.push(label, ...aliases);
  return ` ${strings.map(foldText).join(' \n ')} `;
}

/** Whether a phrase occurs as whole folded words in a text from corpusAndVocabularyText. */
export function containsPhrase(text: string, phrase: string): boolean {
  return text.includes(` ${foldText(phrase)} `);
}
