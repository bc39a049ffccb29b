import type { Caller } from '../../src/index.js';

// Who asks, for the core: a facilitator is a user listed in ASSAY_FACILITATORS.

export function slackCaller(
  user: { id: string; name?: string },
  channelId: string | undefined,
  facilitators: readonly string[],
): Caller {
  return {
    platform: 'slack',
    facilitator: facilitators.includes(user.id),
    userId: user.id,
    displayName: user.name ?? user.id,
    channelId,
  };
}
