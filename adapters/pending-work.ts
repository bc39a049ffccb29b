// Work a platform has started and not finished (a request being answered, a reply being
// posted): shutdown waits for it, and names what was left when the deadline passed.

export class PendingWork {
  private readonly running = new Set<Promise<unknown>>();

  get count(): number {
    return this.running.size;
  }

  /** Runs `work` and remembers it until it settles; the result passes through unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const forget = () => this.running.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Resolves once nothing is running, including work that started while waiting. */
  async drained(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/** "1 request" / "3 requests". */
export const plural = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? '' : 's'}`;
