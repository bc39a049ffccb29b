import { describeValue } from './corpus-issue.js';
import type { RecordDiff } from './record-diff.js';

// A diff as lines a facilitator reads: what would be (or was) added, changed
// field by field, and left as it was. The CLI words it in English; reload words
// it in the facilitator's language through the same lines.

const MAX_FIELDS_SHOWN = 40;

/** The words around a diff: counts and ids in, one line out. */
export interface DiffWording {
  added(count: number, ids: string): string;
  changed(count: number): string;
  removed(count: number, ids: string): string;
  unchanged(count: number): string;
  moreFields: string;
}

function englishWording(noun: string, dryRun: boolean): DiffWording {
  const plural = (count: number) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return {
    added: (count, ids) => `${dryRun ? 'Would add' : 'Added'} ${plural(count)}: ${ids}`,
    changed: (count) => `${dryRun ? 'Would change' : 'Changed'} ${plural(count)}:`,
    removed: (count, ids) => `${dryRun ? 'Would remove' : 'Removed'} ${plural(count)}: ${ids}`,
    unchanged: (count) => `Unchanged: ${count}`,
    moreFields: '  … and more changed fields',
  };
}

export function describeDiff(diff: RecordDiff, noun: string, dryRun: boolean): string[] {
  return diffLines(diff, englishWording(noun, dryRun));
}

export function diffLines(diff: RecordDiff, words: DiffWording): string[] {
  const lines: string[] = [];
  if (diff.added.length > 0) lines.push(words.added(diff.added.length, diff.added.join(', ')));
  if (diff.changed.length > 0) {
    lines.push(words.changed(diff.changed.length));
    let shown = 0;
    for (const { id, fields } of diff.changed) {
      lines.push(`  ${id}`);
      for (const { field, before, after } of fields) {
        if (shown++ >= MAX_FIELDS_SHOWN) break;
        lines.push(`    ${field}: ${describeValue(before)} → ${describeValue(after)}`);
      }
    }
    if (shown > MAX_FIELDS_SHOWN) lines.push(words.moreFields);
  }
  if (diff.removed && diff.removed.length > 0)
    lines.push(words.removed(diff.removed.length, diff.removed.join(', ')));
  lines.push(words.unchanged(diff.unchanged.length));
  return lines;
}
