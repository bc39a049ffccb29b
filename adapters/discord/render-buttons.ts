import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { DEFAULT_LOCALE, type Reply, type Translate, translatorFor } from '../../src/index.js';
import type { ButtonAction, ButtonIds } from './button-ids.js';
import { findingMenu, type MenuRow } from './render-finding-menu.js';
import {
  DISCORD_MAX_ACTION_ROWS,
  DISCORD_MAX_BUTTON_LABEL,
  DISCORD_MAX_ROW_BUTTONS,
  fitText,
} from './render-limits.js';

// The private reply's buttons: one row with Previous / Next / Share, then the
// reply's suggestions (did-you-mean and follow-ups), five to a row. Async because a
// long query's key may be written to the store. The menu of results (share one, or
// open it) comes first when a row is left for it. Every button carries the addressee
// a share is for, when the command named one.

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

interface Wanted {
  label: string;
  action: ButtonAction;
  query: string;
  style: ButtonStyle.Primary | ButtonStyle.Secondary;
}

function navigation(reply: Reply, t: Translate): Wanted[] {
  const wanted: Wanted[] = [];
  const { paging } = reply;
  const secondary = ButtonStyle.Secondary as const;
  if (paging?.previous)
    wanted.push({
      label: t('platform:previous'),
      action: 'run',
      query: paging.previous,
      style: secondary,
    });
  if (paging?.next)
    wanted.push({ label: t('platform:next'), action: 'run', query: paging.next, style: secondary });
  if (reply.shareable)
    wanted.push({
      label: t('platform:share'),
      action: 'share',
      query: reply.query,
      style: ButtonStyle.Primary,
    });
  return wanted;
}

async function toRows(
  groups: Wanted[][],
  ids: ButtonIds,
  t: Translate,
  addressee?: string,
): Promise<ButtonRow[]> {
  const seen = new Set<string>();
  const rows: ButtonRow[] = [];
  for (const group of groups) {
    const buttons: APIButtonComponentWithCustomId[] = [];
    for (const { label, action, query, style } of group) {
      const key = `${action}\n${query}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const customId = await ids.encode(action, query, addressee);
      buttons.push({
        type: ComponentType.Button,
        style,
        label: fitText(label, DISCORD_MAX_BUTTON_LABEL, t),
        custom_id: customId,
      });
    }
    if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  }
  return rows;
}

/** Component rows within Discord's limits, and how many suggestions did not fit. */
export async function renderButtons(
  reply: Reply,
  ids: ButtonIds,
  addressee?: string,
): Promise<{ rows: (ButtonRow | MenuRow)[]; omitted: number }> {
  const t = translatorFor(reply.locale ?? DEFAULT_LOCALE);
  const nav = navigation(reply, t);
  const suggestionRows = DISCORD_MAX_ACTION_ROWS - (nav.length > 0 ? 1 : 0);
  const room = suggestionRows * DISCORD_MAX_ROW_BUTTONS;
  const suggestions = reply.suggestions
    .slice(0, room)
    .map(
      ({ label, query }): Wanted => ({ label, action: 'run', query, style: ButtonStyle.Secondary }),
    );
  const groups = [nav];
  for (let at = 0; at < suggestions.length; at += DISCORD_MAX_ROW_BUTTONS) {
    groups.push(suggestions.slice(at, at + DISCORD_MAX_ROW_BUTTONS));
  }
  const rows = await toRows(groups, ids, t, addressee);
  const menu = await findingMenu(reply.findings, ids, t, addressee);
  return {
    rows: menu && rows.length < DISCORD_MAX_ACTION_ROWS ? [menu, ...rows] : rows,
    omitted: Math.max(0, reply.suggestions.length - room),
  };
}
