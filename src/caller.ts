// Who is asking, as the adapters tell the core: the platform, whether the person may run
// facilitator-only commands, and where they asked. Discord decides `facilitator` from the
// member's permissions (Manage Server), Slack from ASSAY_FACILITATORS; the terminal user
// always facilitates.

import { DEFAULT_LOCALE, type Locale, type Translate, translatorFor } from './i18n/index.js';

export interface Caller {
  platform: 'slack' | 'discord' | 'terminal';
  facilitator: boolean;
  userId?: string;
  /** The display name shown at the time (kept with a share, never with a gap). */
  displayName?: string;
  channelId?: string;
  /** The language to answer in (the platform's or the shell's; English when unknown). */
  locale?: Locale;
}

/** The default caller: the person at the terminal, a facilitator. */
export const TERMINAL_CALLER: Caller = {
  platform: 'terminal',
  facilitator: true,
  userId: 'terminal',
  displayName: 'terminal',
  channelId: 'terminal',
};

/** Who can run facilitator-only commands, worded for the asker's platform and language. */
export function whoFacilitates(
  platform: Caller['platform'],
  t: Translate = translatorFor(DEFAULT_LOCALE),
): string {
  return t(`checks:who.${platform}`);
}
