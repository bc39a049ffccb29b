// Did-you-mean for short closed lists (filter values, command names): an edit
// distance small enough to be a typo. Fuzzy search over the corpus lives in search/.

/** Edits (insert, delete, replace, swap two neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  return editsWithin(a, b, Number.POSITIVE_INFINITY);
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * editDistance when it is at most `limit`, else limit + 1: three reused rows,
 * given up as soon as a whole row exceeds the limit (a row's least value never
 * falls). The query reader compares each unknown word with hundreds of terms.
 */
export function editsWithin(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  // Each edit changes the length by one at most.
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length >= (rows[0] as Int32Array).length)
    rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [before, above, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) above[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] as number) + 1);
      row[j] = best;
      if (best < least) least = best;
    }
    if (least > limit) return limit + 1;
    [before, above, row] = [above, row, before];
  }
  return Math.min(above[b.length] as number, limit + 1);
}

/** Candidates within a typo's distance of `word` (or starting with it), closest first. */
export function closestWords(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = word.toLowerCase();
  const allowed = Math.max(1, Math.floor(target.length / 3));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance =
      lower.startsWith(target) && target.length >= 2 ? 0.5 : editDistance(target, lower);
    if (distance <= allowed) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((entry) => entry.candidate);
}
