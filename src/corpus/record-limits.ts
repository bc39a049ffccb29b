// Limits that keep a hostile or broken corpus file from stopping the bot: checked before the
// schema sees a record, walking it without recursion (a value nested 100,000 deep would
// overflow the stack of anything recursive: zod's messages, JSON.stringify).

/** A corpus file larger than this is refused unread (a 100,000-record corpus is ~100 MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The deepest record in the schema is four levels (record › countries › [0] › country). */
export const MAX_RECORD_DEPTH = 16;
/** Characters of text in one record; the longest shipped record holds a few thousand. */
export const MAX_RECORD_CHARS = 200_000;

const count = (n: number) => n.toLocaleString('en');

/** What is wrong with one record's size or shape, or undefined when it is within the limits. */
export function recordLimitProblem(record: unknown): string | undefined {
  const stack: [unknown, number][] = [[record, 1]];
  let chars = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === 'string') chars += value.length;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_RECORD_DEPTH) {
      return `nested more than ${MAX_RECORD_DEPTH} levels deep; a record is a few levels at most`;
    }
    for (const [key, child] of Object.entries(value)) {
      chars += key.length;
      stack.push([child, depth + 1]);
    }
  }
  if (chars > MAX_RECORD_CHARS) {
    return `holds ${count(chars)} characters; a record may hold up to ${count(MAX_RECORD_CHARS)}`;
  }
  return undefined;
}

/** Why a file of `bytes` is refused unread, or undefined. */
export function fileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const mb = (n: number) => count(Math.round(n / 1024 / 1024));
  return `${mb(bytes)} MB is more than the ${mb(MAX_FILE_BYTES)} MB a corpus file may hold`;
}
