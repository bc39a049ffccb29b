import type { AckFn, RespondArguments, RespondFn } from '@slack/bolt';
import type { SlackMessage } from './render-blocks.js';

// Slack shows an error unless a slash command is acknowledged within 3 seconds. A fast
// answer rides in the acknowledgement itself; a slow one is acknowledged empty at once and
// delivered through response_url (valid for 30 minutes). The budget leaves a second for the
// network.

export const ACK_BUDGET_MS = 2000;

export interface AnswerChannels {
  ack: AckFn<string | RespondArguments>;
  respond: RespondFn;
}

export async function answerInTime(
  { ack, respond }: AnswerChannels,
  compute: () => SlackMessage | Promise<SlackMessage>,
  budgetMs: number = ACK_BUDGET_MS,
): Promise<void> {
  const started = performance.now();
  let acknowledged = false;
  const acknowledge = async (message?: SlackMessage): Promise<void> => {
    if (acknowledged) return;
    acknowledged = true;
    await ack(message);
  };
  // Fires only if `compute` yields (an async core); a synchronous core is timed below.
  const timer = setTimeout(() => void acknowledge().catch(() => undefined), budgetMs);
  try {
    // Yield once so the deadline is armed before the core starts.
    const message = await Promise.resolve().then(compute);
    if (!acknowledged && performance.now() - started < budgetMs) {
      await acknowledge(message);
      return;
    }
    await acknowledge();
    await respond(message);
  } catch (error) {
    // The top-level error handler apologises through response_url; Slack only needs the ack.
    await acknowledge().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
