// Best first without a comparator. A translated query's English terms (child,
// labour, mining) can match most of a large corpus, and sorting thousands of
// hit objects with a comparator cost more than finding them. The tie-break
// (the more specific record, then the more recent, then corpus order) never
// changes, so it is ranked once at build time; a query's order is then one
// native sort of numbers, each packing a score's place above a tie rank.

export interface TieOrder {
  /** Each doc's place in the tie-break order. */
  rank: Uint32Array;
  /** The doc at each place. */
  docAt: Uint32Array;
  /** A power of two above every place: a score's place × span + a place here is an exact double. */
  span: number;
}

/** Breadth and recency each fit 16 bits: one 32-bit key, with room for a doc below it. */
const KEY_BITS = 32;
const EXACT_BITS = 53;

/** Ranks docs by fewer countries and minerals, then the later year, then corpus order. */
export function tieOrder(breadth: Uint16Array, recency: Uint16Array): TieOrder {
  const count = breadth.length;
  const span = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)));
  const docAt = new Uint32Array(count);
  if (KEY_BITS + Math.log2(span) <= EXACT_BITS) {
    const keys = new Float64Array(count);
    for (let doc = 0; doc < count; doc++)
      keys[doc] =
        ((breadth[doc] as number) * 65536 + 65535 - (recency[doc] as number)) * span + doc;
    keys.sort();
    for (let at = 0; at < count; at++) docAt[at] = (keys[at] as number) % span;
  } else {
    for (let doc = 0; doc < count; doc++) docAt[doc] = doc;
    docAt.sort(
      (a, b) =>
        (breadth[a] as number) - (breadth[b] as number) ||
        (recency[b] as number) - (recency[a] as number) ||
        a - b,
    );
  }
  const rank = new Uint32Array(count);
  for (let at = 0; at < count; at++) rank[docAt[at] as number] = at;
  return { rank, docAt, span };
}

/** A mark per place, kept per tie order and left all zero after each use: searches run one at a time. */
const presentMarks = new WeakMap<TieOrder, Uint8Array>();

function presentOf(tie: TieOrder): Uint8Array {
  let present = presentMarks.get(tie);
  if (!present) {
    present = new Uint8Array(tie.rank.length);
    presentMarks.set(tie, present);
  }
  return present;
}

/** `docs` in the tie order: by marking their places when they are many, else by sorting them. */
function inTieOrder(docs: ArrayLike<number>, tie: TieOrder): Uint32Array {
  const { rank, docAt } = tie;
  const count = docs.length;
  const ordered = new Uint32Array(count);
  if (count * 16 > rank.length) {
    const present = presentOf(tie);
    for (let at = 0; at < count; at++) present[rank[docs[at] as number] as number] = 1;
    let next = 0;
    for (let place = 0; place < present.length; place++)
      if (present[place] === 1) {
        present[place] = 0;
        ordered[next++] = docAt[place] as number;
      }
  } else {
    for (let at = 0; at < count; at++) ordered[at] = rank[docs[at] as number] as number;
    ordered.sort();
    for (let at = 0; at < count; at++) ordered[at] = docAt[ordered[at] as number] as number;
  }
  return ordered;
}

interface Groups {
  /** Each value's group, in the order given. */
  group: Uint32Array;
  /** Each group's value and size. */
  value: Float64Array;
  size: Uint32Array;
  count: number;
}

/**
 * Equal values grouped with a small open-addressing table keyed by the
 * double's bits: a broad query's thousands of hits share a few hundred scores.
 */
function groupValues(values: Float64Array): Groups {
  const count = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, count * 2);
  let slots = 16;
  while (slots < count * 2) slots *= 2;
  const mask = slots - 1;
  const slotValue = new Float64Array(slots);
  // Each slot's group + 1: 0 is an empty slot, so the table needs no filling.
  const slotGroup = new Uint32Array(slots);
  const groups: Groups = {
    group: new Uint32Array(count),
    value: new Float64Array(count),
    size: new Uint32Array(count),
    count: 0,
  };
  for (let at = 0; at < count; at++) {
    const value = values[at] as number;
    const mixed = (words[2 * at] as number) ^ Math.imul(words[2 * at + 1] as number, 0x85ebca6b);
    let slot = Math.imul(mixed, 0x9e3779b1) & mask;
    while (slotGroup[slot] !== 0 && slotValue[slot] !== value) slot = (slot + 1) & mask;
    let group = (slotGroup[slot] as number) - 1;
    if (group === -1) {
      group = groups.count++;
      slotGroup[slot] = group + 1;
      slotValue[slot] = value;
      groups.value[group] = value;
    }
    groups.group[at] = group;
    groups.size[group] = (groups.size[group] as number) + 1;
  }
  return groups;
}

/** Index of `value` in `ascending` (it is there). */
function indexOf(ascending: Float64Array, value: number): number {
  let low = 0;
  let high = ascending.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ascending[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `docs` best first: the higher score (`scoreOf[doc]`), then the tie order;
 * the order a sort by (value desc, tie rank asc) gives. Docs are put in tie
 * order, grouped by value, and each group laid out in place, highest first.
 */
export function orderDocs(
  docs: ArrayLike<number>,
  scoreOf: Float64Array,
  tie: TieOrder,
): Uint32Array {
  const byTie = inTieOrder(docs, tie);
  const count = byTie.length;
  const values = new Float64Array(count);
  // + 0 turns -0 into 0: equal values must share their bits to share a group.
  for (let at = 0; at < count; at++) values[at] = (scoreOf[byTie[at] as number] as number) + 0;
  const { group, value, size, count: groupCount } = groupValues(values);
  const ascending = value.slice(0, groupCount).sort();
  const placeOf = new Uint32Array(groupCount);
  const sizeAt = new Uint32Array(groupCount);
  for (let one = 0; one < groupCount; one++) {
    placeOf[one] = indexOf(ascending, value[one] as number);
    sizeAt[placeOf[one] as number] = size[one] as number;
  }
  // Where each place's group starts: after every higher value's group.
  const startAt = new Uint32Array(groupCount);
  for (let place = groupCount - 1, start = 0; place >= 0; place--) {
    startAt[place] = start;
    start += sizeAt[place] as number;
  }
  const next = new Uint32Array(groupCount);
  for (let one = 0; one < groupCount; one++) next[one] = startAt[placeOf[one] as number] as number;
  const ordered = new Uint32Array(count);
  for (let at = 0; at < count; at++) {
    const one = group[at] as number;
    ordered[next[one] as number] = byTie[at] as number;
    next[one] = (next[one] as number) + 1;
  }
  return ordered;
}

/** The same order as a comparator, for the few hits re-ranked after a boost. */
export function compareByRank(tie: TieOrder) {
  const { rank } = tie;
  return (a: { score: number; doc: number }, b: { score: number; doc: number }): number =>
    b.score - a.score || (rank[a.doc] as number) - (rank[b.doc] as number);
}
