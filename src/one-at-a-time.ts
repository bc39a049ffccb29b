// A task that must never run twice at once (a reload builds a whole corpus):
// a call while it runs is answered by one more run after it, since what the
// task reads may have changed again; every call made during that wait shares it.

export function oneAtATime<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    running = task().finally(() => {
      running = null;
    });
    return running;
  };
  const again = (): Promise<T> => {
    next = null;
    return start();
  };
  return () => {
    // Between the end of one run and the start of the queued one, callers join the queued one.
    if (next) return next;
    if (!running) return start();
    next = running.then(again, again);
    return next;
  };
}
