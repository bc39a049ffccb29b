import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { foldText } from '../text/fold-text.js';
import { type CorpusIssue, describeValue, formatIssue } from './corpus-issue.js';
import { COLUMN_ALIASES, type CsvRow, csvRowSchema } from './csv-row-schema.js';
import { loadCorpus } from './load-corpus.js';
import { normaliseNames } from './normalise-names.js';
import { columnKey, parseCsv } from './parse-csv.js';
import type { Intervention } from './schema.js';

// A facilitator's spreadsheet of projects → interventions in a corpus folder.
// Nothing is written unless the whole folder validates afterwards.

const CORPUS_FILES = ['interventions.json', 'reports.json', 'lessons.json', 'areas.json'];
const KNOWN_COLUMNS = new Set(Object.keys(csvRowSchema.shape));

export type ImportResult =
  | {
      ok: true;
      added: number;
      updated: number;
      total: number;
      ignoredColumns: string[];
      created: boolean;
    }
  | { ok: false; problems: string[] };

const slug = (text: string) =>
  foldText(text).split(' ').slice(0, 6).join('-').slice(0, 60).replace(/-+$/, '');

function toIntervention(
  row: CsvRow,
  raw: Record<string, string>,
  id: string,
  source: string,
): Intervention {
  const split = (value: string | undefined) =>
    (value ?? '')
      .split(/[;|\n]/)
      .map((part) => part.trim())
      .filter(Boolean);
  const record: Intervention = {
    id,
    name: row.name,
    kind: row.kind,
    organisations: row.organisations,
    donors: row.donors,
    countries: row.countries,
    regions: row.regions,
    placesAsWritten: split(raw.countries),
    minerals: row.minerals,
    mineralsAsWritten: split(raw.minerals),
    startYear: row.startyear,
    endYear: row.endyear,
    status: row.status,
    statusNote: row.statusnote || `${row.status} (as given in ${source})`,
    areas: row.areas,
    areasBasis: `as given in the imported spreadsheet ${source}`,
    summary: row.summary,
    tags: row.tags,
    related: row.related,
    sources: row.sources,
    confidence: row.confidence,
    iloReportCoverage: `not checked: imported from ${source}`,
  };
  if (row.acronym) record.acronym = row.acronym;
  if (row.statusasof !== undefined) record.statusAsOf = row.statusasof;
  if (row.budget) record.budget = row.budget;
  if (row.notes) record.notes = row.notes;
  return record;
}

interface CsvRows {
  rows: { line: number; cells: Record<string, string> }[];
  ignored: string[];
  /** The header as the spreadsheet wrote it, by column key, for messages. */
  headers: Map<string, string>;
  problem?: string;
}

function readRows(csvPath: string): CsvRows {
  let text: string;
  try {
    text = readFileSync(csvPath, 'utf8');
  } catch (error) {
    return {
      rows: [],
      ignored: [],
      headers: new Map(),
      problem: `${csvPath}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  const table = parseCsv(text);
  const canonical = (name: string) => COLUMN_ALIASES[columnKey(name)] ?? columnKey(name);
  const columns = table.header.map(canonical);
  const missing = ['name', 'summary', 'sources'].filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      ignored: [],
      headers: new Map(),
      problem: `${csvPath}: missing column(s) ${missing.join(', ')}; found ${table.header.join(', ') || 'no header'}`,
    };
  }
  const ignored = table.header.filter((name) => !KNOWN_COLUMNS.has(canonical(name)));
  const rows = table.rows.map(({ line, cells }) => {
    const renamed: Record<string, string> = {};
    for (const [key, value] of Object.entries(cells)) renamed[COLUMN_ALIASES[key] ?? key] = value;
    return { line, cells: renamed };
  });
  const headers = new Map(table.header.map((name) => [canonical(name), name]));
  return { rows, ignored, headers };
}

export function importCsv(csvPath: string, targetDir: string, shippedDir: string): ImportResult {
  const source = basename(csvPath);
  const read = readRows(csvPath);
  if (read.problem) return { ok: false, problems: [read.problem] };

  const issues: CorpusIssue[] = [];
  const imported: Intervention[] = [];
  const usedIds = new Set<string>();
  for (const { line, cells } of read.rows) {
    const parsed = csvRowSchema.safeParse(cells);
    const id = cells.id || slug(cells.name ?? '') || `row-${line}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        const message = issue.message.includes(', got ')
          ? issue.message
          : `${issue.message}, got ${describeValue(cells[column])}`;
        issues.push({
          file: source,
          row: line,
          id,
          path: [read.headers.get(column) ?? column],
          message,
        });
      }
      continue;
    }
    if (usedIds.has(id)) {
      issues.push({
        file: source,
        row: line,
        id,
        path: ['id'],
        message: `duplicate id "${id}" in this file`,
      });
      continue;
    }
    usedIds.add(id);
    imported.push(
      normaliseNames(
        toIntervention(parsed.data, cells, id, source),
        { file: source, row: line, id },
        issues,
      ),
    );
  }
  if (issues.length > 0) return { ok: false, problems: issues.map(formatIssue) };
  if (imported.length === 0) return { ok: false, problems: [`${source}: no rows to import`] };

  const created = !existsSync(targetDir);
  if (!created && !existsSync(join(targetDir, 'interventions.json'))) {
    return {
      ok: false,
      problems: [
        `${targetDir}: not a corpus folder (no interventions.json); name a new folder or one made by corpus import`,
      ],
    };
  }
  const baseDir = created ? shippedDir : targetDir;
  const existing = JSON.parse(
    readFileSync(join(baseDir, 'interventions.json'), 'utf8'),
  ) as Intervention[];
  const byId = new Map(imported.map((record) => [record.id, record]));
  const merged = existing.map((record) => byId.get(record.id) ?? record);
  const updated = merged.filter((record) => byId.has(record.id)).length;
  const kept = new Set(merged.map((record) => record.id));
  merged.push(...imported.filter((record) => !kept.has(record.id)));

  // Validate the whole folder as it would be, in a scratch copy, before touching the target.
  const scratch = mkdtempSync(join(tmpdir(), 'assay-import-'));
  try {
    for (const file of CORPUS_FILES)
      if (existsSync(join(baseDir, file))) copyFileSync(join(baseDir, file), join(scratch, file));
    writeFileSync(join(scratch, 'interventions.json'), `${JSON.stringify(merged, null, 2)}\n`);
    const check = loadCorpus(scratch, targetDir);
    if (!check.ok) return { ok: false, problems: check.problems };
    if (created) mkdirSync(targetDir, { recursive: true });
    for (const file of CORPUS_FILES) {
      if (!existsSync(join(scratch, file))) continue;
      const temporary = join(targetDir, `.${file}.importing`);
      copyFileSync(join(scratch, file), temporary);
      renameSync(temporary, join(targetDir, file));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    ok: true,
    added: imported.length - updated,
    updated,
    total: merged.length,
    ignoredColumns: read.ignored,
    created,
  };
}
