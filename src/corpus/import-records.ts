import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { formatIssue } from './corpus-issue.js';
import { readCsvTable } from './csv-table.js';
import { loadCorpus } from './load-corpus.js';
import { MANIFEST_FILE } from './read-manifest.js';
import { COLUMNS, type RecordTypeName } from './record-columns.js';
import { diffRecords, mergeRecords, type RecordDiff } from './record-diff.js';
import { cleanLeftovers, swapIn, writeScratch } from './replace-folder.js';
import { rowsToRecords } from './rows-to-records.js';

// A spreadsheet of one record type → a corpus folder. The whole new folder is
// written beside the target, checked as a corpus, and only then renamed into
// place; any problem leaves the target exactly as it was.

export interface ImportRequest {
  csvPath: string;
  type: RecordTypeName;
  target: string;
  /** The corpus a new (or unrecoverable) target starts from. */
  baseDir: string;
  dryRun: boolean;
  /** The date the imported data is of (YYYY-MM-DD), for the manifest. */
  today: string;
}

export type ImportResult =
  | {
      ok: true;
      diff: RecordDiff;
      total: number;
      ignoredColumns: string[];
      created: boolean;
      /** What an interrupted import had left, now cleaned or recovered. */
      recovered: string[];
      written: boolean;
    }
  | { ok: false; problems: string[] };

const COLLECTIONS = ['interventions', 'reports', 'lessons', 'areas'] as const;

/** A target that holds nothing, or only an older version's `.x.json.importing` files, starts afresh. */
function halfWritten(target: string): string[] | null {
  const names = readdirSync(target);
  return names.every((name) => name.startsWith('.') && name.endsWith('.importing')) ? names : null;
}

export function importRecords(request: ImportRequest): ImportResult {
  const { csvPath, type, target } = request;
  const file = basename(csvPath);
  let text: string;
  try {
    text = readFileSync(csvPath, 'utf8');
  } catch (error) {
    return {
      ok: false,
      problems: [
        `${csvPath}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      ],
    };
  }
  const table = readCsvTable(text);
  if (!table.ok) return { ok: false, problems: [`${file} › ${table.problem}`] };
  const rows = rowsToRecords(type, table.header, table.rows, file);
  if (rows.issues.length > 0) return { ok: false, problems: rows.issues.map(formatIssue) };
  if (rows.records.length === 0) return { ok: false, problems: [`${file}: no rows to import`] };

  const recovered = request.dryRun ? [] : cleanLeftovers(target);
  const leftover =
    existsSync(target) && !existsSync(`${target}/interventions.json`) ? halfWritten(target) : null;
  if (existsSync(target) && !existsSync(`${target}/interventions.json`) && leftover === null) {
    return {
      ok: false,
      problems: [
        `${target}: not a corpus folder (no interventions.json); name a new folder or one made by corpus import`,
      ],
    };
  }
  recovered.push(...(leftover ?? []));
  const created = !existsSync(target) || leftover !== null;
  const baseDir = created ? request.baseDir : target;
  const base = loadCorpus(baseDir, created ? 'base corpus' : target);
  if (!base.ok) return { ok: false, problems: base.problems };

  const collection = COLUMNS[type].file;
  const before = base.corpus[collection] as unknown as Record<string, unknown>[];
  const merged = mergeRecords(before, rows.records);
  const files = new Map<string, string>();
  for (const name of COLLECTIONS) {
    const records = name === collection ? merged : base.corpus[name];
    files.set(`${name}.json`, `${JSON.stringify(records, null, 2)}\n`);
  }
  files.set(MANIFEST_FILE, `${JSON.stringify({ date: request.today }, null, 2)}\n`);
  const diff = diffRecords(before, rows.records);
  const scratch = writeScratch(target, files);
  let written = false;
  try {
    const check = loadCorpus(scratch, target);
    if (!check.ok) return { ok: false, problems: check.problems };
    // Nothing new: the folder (and its date) stay as they are.
    const changes = diff.added.length + diff.changed.length > 0 || created;
    if (!request.dryRun && changes) {
      swapIn(target, scratch);
      written = true;
    }
  } finally {
    if (!written) rmSync(scratch, { recursive: true, force: true });
  }
  return {
    ok: true,
    diff,
    total: merged.length,
    ignoredColumns: rows.ignored,
    created,
    recovered,
    written,
  };
}
