import { describeValue } from './corpus-issue.js';
import type { RecordDiff } from './record-diff.js';

// A diff as lines a facilitator reads: what would be (or was) added, changed
// field by field, and left as it was.

const MAX_FIELDS_SHOWN = 40;

export function describeDiff(diff: RecordDiff, noun: string, dryRun: boolean): string[] {
  const would = dryRun ? 'Would add' : 'Added';
  const change = dryRun ? 'Would change' : 'Changed';
  const lines: string[] = [];
  const plural = (count: number) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  if (diff.added.length > 0)
    lines.push(`${would} ${plural(diff.added.length)}: ${diff.added.join(', ')}`);
  if (diff.changed.length > 0) {
    lines.push(`${change} ${plural(diff.changed.length)}:`);
    let shown = 0;
    for (const { id, fields } of diff.changed) {
      lines.push(`  ${id}`);
      for (const { field, before, after } of fields) {
        if (shown++ >= MAX_FIELDS_SHOWN) break;
        lines.push(`    ${field}: ${describeValue(before)} → ${describeValue(after)}`);
      }
    }
    if (shown > MAX_FIELDS_SHOWN) lines.push(`  … and more changed fields`);
  }
  if (diff.removed && diff.removed.length > 0)
    lines.push(
      `${dryRun ? 'Would remove' : 'Removed'} ${plural(diff.removed.length)}: ${diff.removed.join(', ')}`,
    );
  lines.push(`Unchanged: ${diff.unchanged.length}`);
  return lines;
}
