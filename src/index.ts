// The core's one entry: adapters import from here and nowhere else in src/.
import { type Assay, type AssayOptions, createAssay } from './assay.js';
import { loadCorpus, loadCorpusInSlices } from './corpus/load-corpus.js';
import { shippedCorpusDir } from './corpus/shipped-corpus-dir.js';

export type { Assay, AssayOptions } from './assay.js';
export { createAssay } from './assay.js';
export type { Caller } from './caller.js';
export { TERMINAL_CALLER, whoFacilitates } from './caller.js';
export { narrowChartLines, PHONE_WIDTH } from './charts/narrow-chart.js';
export type { ChartPicture } from './charts/render-chart.js';
export {
  chartSvg,
  renderChartPng,
  renderChartPngAsync,
  renderReplyCharts,
} from './charts/render-chart.js';
export { replyCharts, withoutPicturedCharts } from './charts/reply-charts.js';
export type { CompletionSource, WordsSpec } from './commands/command-spec.js';
export { commandText, type Localized } from './commands/command-texts.js';
export type {
  ChoiceDescriptor,
  CommandDescriptor,
  OptionDescriptor,
  WordsDescriptor,
} from './commands/describe-commands.js';
export type { Config, DiscordConfig, SlackConfig } from './config.js';
export { readConfig } from './config.js';
export type { Corpus } from './corpus/corpus.js';
export {
  type CorpusWarning,
  type CorpusWarnings,
  corpusWarnings,
  type WarnedRecord,
} from './corpus/corpus-warnings.js';
export { describeWarnings } from './corpus/describe-warnings.js';
export { loadCorpus } from './corpus/load-corpus.js';
export { shippedCorpusDir } from './corpus/shipped-corpus-dir.js';
export { STALE_AFTER_YEARS } from './corpus/status-reading.js';
export { describeData } from './data-stamp.js';
export {
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  localeFromTag,
  type MessageKey,
  type Translate,
  translatorFor,
} from './i18n/index.js';
export { loadEnvFile } from './load-env-file.js';
export type * from './reply.js';
export type { Choice } from './search/complete-value.js';
export { MAX_CHOICE_LENGTH, MAX_CHOICES } from './search/complete-value.js';
export type { Store } from './store/index.js';
export { openStore, StoreOpenError, StoreUnavailable } from './store/index.js';
export { warmUp } from './warm-up.js';

/** Thrown when a corpus folder does not validate; `problems` are ready to print. */
export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
    );
  }
}

/** Loads and validates a corpus folder (the shipped one by default) and builds the core on it. */
export function openAssay(dir?: string, options: AssayOptions = {}): Assay {
  const folder = dir ?? shippedCorpusDir();
  const loaded = loadCorpus(folder, dir ?? 'corpus');
  if (!loaded.ok) throw new CorpusError(loaded.problems);
  const load = () => loadCorpusInSlices(folder, dir ?? 'corpus');
  return createAssay(loaded.corpus, { load, ...options });
}

// For the bench and for tools that build a corpus in memory (imports, synthetic data).
export { buildCorpus } from './corpus/build-records.js';
export { diffCorpora } from './corpus/corpus-diff.js';
export { describeDiff } from './corpus/describe-diff.js';
export { type ExportFormat, exportFiles } from './corpus/export-records.js';
export { type ImportRequest, type ImportResult, importRecords } from './corpus/import-records.js';
export { RECORD_TYPES, type RecordTypeName } from './corpus/record-columns.js';
export type { ReloadOutcome } from './corpus/reload-outcome.js';
export { cleanLeftovers, scratchFolderFor } from './corpus/replace-folder.js';
export type { Area, Intervention, Lesson, Report } from './corpus/schema.js';
export { watchCorpus } from './corpus/watch-corpus.js';
export { buildSearchIndex } from './search/build-search-index.js';
export type { SearchIndex } from './search/search-index.js';
