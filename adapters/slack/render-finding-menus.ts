import type { types } from '@slack/bolt';
import type { FindingActions, Section, Translate } from '../../src/index.js';
import { readButtonValue, withAddressee } from './addressee.js';
import {
  fitText,
  SLACK_MAX_BLOCK_ID,
  SLACK_MAX_OPTION_TEXT,
  SLACK_MAX_OPTION_VALUE,
} from './render-limits.js';
import { mrkdwnSection, recordText } from './render-sections.js';

// Each result of a private reply with an overflow menu beside it: "Share this" (its card,
// posted to the channel) and "Details" (its card, privately). Slack sends no message back
// for an ephemeral reply, so the menu carries what it needs: the option's value says which
// action on which record (`share caring-gold`), the block's id what was asked and for whom.

export const FINDING_ACTION = /^assay_finding_\d+$/;
const BLOCK_PREFIX = /^assay_finding_\d+ /;

export type FindingPick = {
  action: 'share' | 'details';
  id: string;
  asked: string;
  addressee?: string;
};

/** Record sections with their menus; a counter keeps block and action ids unique in the message. */
export function findingRenderer(
  findings: FindingActions | undefined,
  t: Translate,
  addressee?: string,
) {
  let next = 0;
  return (section: Section): types.KnownBlock[] | undefined => {
    if (section.type !== 'records' || !findings) return undefined;
    return section.items.map((item) => {
      const block = mrkdwnSection(recordText(item, t));
      const offered = findings.items.some((finding) => finding.id === item.id);
      if (!offered || `details ${item.id}`.length > SLACK_MAX_OPTION_VALUE) return block;
      const n = next++;
      const option = (label: string, action: FindingPick['action']) => ({
        text: {
          type: 'plain_text' as const,
          text: fitText(label, SLACK_MAX_OPTION_TEXT, String, t),
          emoji: false,
        },
        value: `${action} ${item.id}`,
      });
      return {
        ...block,
        block_id: blockId(n, findings.asked, addressee),
        accessory: {
          type: 'overflow' as const,
          action_id: `assay_finding_${n}`,
          options: [option(findings.share, 'share'), option(findings.details, 'details')],
        },
      };
    });
  };
}

/** What was asked, for whom; a query too long to fit is left out (the share is then `show <id>`). */
function blockId(n: number, asked: string, addressee?: string): string {
  const full = `assay_finding_${n} ${withAddressee(asked, addressee)}`;
  return full.length <= SLACK_MAX_BLOCK_ID
    ? full
    : `assay_finding_${n} ${withAddressee('', addressee)}`;
}

/** The picked option, read back from its value and its block's id; null for anything else. */
export function readFindingPick(
  value: string | undefined,
  blockIdText: string,
): FindingPick | null {
  const match = /^(share|details) ([a-z0-9-]+)$/.exec(value ?? '');
  if (!match || !BLOCK_PREFIX.test(blockIdText)) return null;
  const { query, addressee } = readButtonValue(blockIdText.replace(BLOCK_PREFIX, ''));
  const action = match[1] as FindingPick['action'];
  return { action, id: match[2] ?? '', asked: query.trim(), ...(addressee ? { addressee } : {}) };
}
