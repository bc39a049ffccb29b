import type { CorpusIssue } from './corpus-issue.js';
import type { FileRead } from './read-collection.js';
import { type Manifest, manifestSchema } from './schema.js';

export const MANIFEST_FILE = 'manifest.json';

/** The folder's manifest (its data date); a folder without one is undated, not wrong. */
export function readManifest(
  read: FileRead,
  displayDir: string,
): { manifest: Manifest | null; issues: CorpusIssue[] } {
  const file = `${displayDir}/${MANIFEST_FILE}`;
  if (!('text' in read)) return { manifest: null, issues: read.issue ? [read.issue] : [] };
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    return {
      manifest: null,
      issues: [{ file, message: `cannot read: ${(error as Error).message}` }],
    };
  }
  const parsed = manifestSchema.safeParse(data);
  if (parsed.success) return { manifest: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue) => ({
    file,
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message:
      issue.code === 'unrecognized_keys'
        ? `unexpected field(s) ${issue.keys.join(', ')}`
        : issue.message,
  }));
  return { manifest: null, issues };
}
