import type { Caller, Locale } from '../../src/index.js';

// Who asks, for the core: a facilitator is a user listed in ASSAY_FACILITATORS; the language
// is the user's own from users.info, else ASSAY_LOCALE (user-locales.ts).

export function slackCaller(
  user: { id: string; name?: string },
  channelId: string | undefined,
  facilitators: readonly string[],
  locale: Locale,
): Caller {
  return {
    platform: 'slack',
    facilitator: facilitators.includes(user.id),
    userId: user.id,
    displayName: user.name ?? user.id,
    channelId,
    locale,
  };
}
