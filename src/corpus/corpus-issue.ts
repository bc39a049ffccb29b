// A corpus problem, located so a facilitator can find it in the file:
// "corpus/interventions.json › [12] (caring-gold) › countries[0].country: expected …, got …".

export interface CorpusIssue {
  file: string;
  index?: number;
  /** A line of a CSV file, instead of an array index. */
  row?: number;
  id?: string;
  path?: (string | number)[];
  message: string;
}

export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function formatIssue(issue: CorpusIssue): string {
  const where = [issue.file];
  const id = issue.id ? ` (${issue.id})` : '';
  if (issue.row !== undefined) where.push(`row ${issue.row}${id}`);
  else if (issue.index !== undefined) where.push(`[${issue.index}]${id}`);
  if (issue.path && issue.path.length > 0) where.push(formatPath(issue.path));
  return `${where.join(' › ')}: ${issue.message}`;
}

/** A value as it appears in a message: short, JSON-quoted. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    // JSON.stringify recurses: a value nested thousands deep overflows the stack.
    return `${Array.isArray(value) ? 'an array' : 'an object'} nested too deep to show`;
  }
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
