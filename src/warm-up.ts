import type { Assay } from './assay.js';
import { chartFont } from './charts/chart-font.js';
import { loadResvg } from './charts/load-resvg.js';
import { loadEveryLocale } from './i18n/translate.js';
import { buildLanguageTables } from './search/language-tables.js';

// What Assay otherwise does on first need (so that a one-shot terminal command does only what
// it needs): every language's messages, the query reader's French, Spanish and Portuguese
// tables, the commands' descriptions, and the chart renderer and its font. The bot does it all
// at start-up, so that no first reply on Slack or Discord waits for any of it.

export function warmUp(assay: Assay): void {
  loadEveryLocale();
  buildLanguageTables();
  void assay.commands;
  loadResvg();
  chartFont();
}
