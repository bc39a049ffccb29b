import { fileURLToPath } from 'node:url';
import { type Assay, openAssay } from '../../src/index.js';

export const FIXTURE_CORPUS = fileURLToPath(new URL('../fixtures/corpus-valid', import.meta.url));

let shipped: Assay | undefined;
let fixture: Assay | undefined;

/** The real shipped corpus, loaded once per test file. */
export function shippedAssay(): Assay {
  shipped ??= openAssay();
  return shipped;
}

/** A small corpus of real records, counted by hand in the tests. */
export function fixtureAssay(): Assay {
  fixture ??= openAssay(FIXTURE_CORPUS);
  return fixture;
}
