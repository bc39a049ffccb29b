// Discord drops an interaction that is not answered within 3 seconds of its
// creation. Most answers are synchronous, so the choice to defer is made
// before running: defer when the interaction is already old (a busy event loop,
// a slow gateway) or when this kind of work recently took long enough that age
// plus work could pass the budget. Otherwise answer in one callback; an answer
// that waits (a reload reading its folder) is deferred when it passes the budget.

/** Discord's window for the first callback. */
export const DISCORD_ANSWER_WINDOW_MS = 3000;
/** Answer directly only if age + expected work stays under this (half the window: network margin). */
export const ANSWER_DIRECTLY_WITHIN_MS = DISCORD_ANSWER_WINDOW_MS / 2;
/** How fast a slow run is forgotten: each new run keeps this share of the slowest so far. */
const FORGET = 0.8;

/** The kind under which chart drawing is timed, apart from the command that asked for it. */
export const CHART_KIND = 'chart picture';
/**
 * Before any chart was drawn: the first render also loads the font and starts
 * resvg's worker (about 100 ms here; bench/RESULTS.md), so assume a cautious 400.
 */
const FIRST_CHART_MS = 400;

export class DeferPolicy {
  private readonly slowest = new Map<string, number>([[CHART_KIND, FIRST_CHART_MS]]);

  /** `createdAt` is the interaction's creation time (from its snowflake id). */
  shouldDefer(createdAt: number, kind: string, now = Date.now()): boolean {
    const age = Math.max(0, now - createdAt);
    return age + (this.slowest.get(kind) ?? 0) > ANSWER_DIRECTLY_WITHIN_MS;
  }

  record(kind: string, ms: number): void {
    this.slowest.set(kind, Math.max(ms, (this.slowest.get(kind) ?? 0) * FORGET));
  }
}
