// Postings gathered as one flat list of (token, weight) pairs in record order,
// then laid out per token in one array (compressed sparse rows): no small
// array per token, so 100,000 records build without millions of allocations.

import type { Steps } from '../run-in-slices.js';

export interface Postings {
  docs: Int32Array;
  weights: Uint8Array;
}

export class PostingsBuilder {
  private tokens = new Int32Array(1 << 16);
  private weights = new Uint8Array(1 << 16);
  private length = 0;
  private readonly docStarts: number[] = [];
  private counts = new Int32Array(1 << 12);
  private lastDoc = new Int32Array(1 << 12).fill(-1);

  startDoc(): void {
    this.docStarts.push(this.length);
  }

  /** Adds a token to the current record once: its first (heaviest) field wins. */
  add(tokenId: number, weight: number): void {
    const doc = this.docStarts.length - 1;
    this.ensureToken(tokenId);
    if (this.lastDoc[tokenId] === doc) return;
    this.lastDoc[tokenId] = doc;
    this.counts[tokenId] = (this.counts[tokenId] as number) + 1;
    if (this.length === this.tokens.length) {
      this.tokens = grow(this.tokens, this.length * 2, Int32Array);
      this.weights = grow(this.weights, this.length * 2, Uint8Array);
    }
    this.tokens[this.length] = tokenId;
    this.weights[this.length] = weight;
    this.length++;
  }

  /** Postings per token id (views into two shared arrays); undefined for tokens never added. */
  *build(tokenCount: number): Steps<(Postings | undefined)[]> {
    const offsets = new Int32Array(tokenCount + 1);
    for (let id = 0; id < tokenCount; id++)
      offsets[id + 1] = (offsets[id] as number) + (this.counts[id] ?? 0);
    const docs = new Int32Array(this.length);
    const weights = new Uint8Array(this.length);
    const cursor = offsets.slice(0, tokenCount);
    const starts = [...this.docStarts, this.length];
    for (let doc = 0; doc < this.docStarts.length; doc++) {
      for (let pair = starts[doc] as number; pair < (starts[doc + 1] as number); pair++) {
        const id = this.tokens[pair] as number;
        const at = cursor[id] as number;
        docs[at] = doc;
        weights[at] = this.weights[pair] as number;
        cursor[id] = at + 1;
      }
      yield;
    }
    const out: (Postings | undefined)[] = [];
    for (let id = 0; id < tokenCount; id++) {
      const from = offsets[id] as number;
      const to = offsets[id + 1] as number;
      out.push(
        to > from
          ? { docs: docs.subarray(from, to), weights: weights.subarray(from, to) }
          : undefined,
      );
      yield;
    }
    return out;
  }

  private ensureToken(tokenId: number): void {
    if (tokenId < this.counts.length) return;
    let size = this.counts.length;
    while (size <= tokenId) size *= 2;
    this.counts = grow(this.counts, size, Int32Array);
    const lastDoc = new Int32Array(size).fill(-1);
    lastDoc.set(this.lastDoc);
    this.lastDoc = lastDoc;
  }
}

function grow<T extends Int32Array | Uint8Array>(
  array: T,
  size: number,
  make: new (size: number) => T,
): T {
  const bigger = new make(size);
  bigger.set(array);
  return bigger;
}
