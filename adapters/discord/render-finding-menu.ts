import {
  type APIActionRowComponent,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  ComponentType,
} from 'discord.js';
import type { FindingActions, Translate } from '../../src/index.js';
import type { ButtonIds } from './button-ids.js';
import {
  DISCORD_MAX_SELECT_OPTIONS,
  DISCORD_MAX_SELECT_PLACEHOLDER,
  DISCORD_MAX_SELECT_TEXT,
  fitText,
} from './render-limits.js';

// The results offered one at a time, as one select menu (one action row): for each
// result, "Share this · <title>" then "Details · <title>". Its custom_id carries what
// was asked (and the addressee); each option's value is `share:<id>` or `details:<id>`.

export type MenuRow = APIActionRowComponent<APIStringSelectComponent>;
export type FindingChoice = { action: 'share' | 'details'; id: string };

export async function findingMenu(
  findings: FindingActions | undefined,
  ids: ButtonIds,
  t: Translate,
  addressee?: string,
): Promise<MenuRow | undefined> {
  if (!findings) return undefined;
  const option = (action: FindingChoice['action'], label: string, id: string, title: string) => ({
    label: fitText(`${label} · ${title}`, DISCORD_MAX_SELECT_TEXT, t),
    value: `${action}:${id}`,
  });
  const options: APISelectMenuOption[] = findings.items
    .flatMap(({ id, title }) => [
      option('share', findings.share, id, title),
      option('details', findings.details, id, title),
    ])
    .filter((choice) => choice.value.length <= DISCORD_MAX_SELECT_TEXT)
    .slice(0, DISCORD_MAX_SELECT_OPTIONS);
  if (options.length === 0) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: await ids.encode('pick', findings.asked, addressee),
        placeholder: fitText(findings.prompt, DISCORD_MAX_SELECT_PLACEHOLDER, t),
        min_values: 1,
        max_values: 1,
        options,
      },
    ],
  };
}

/** The option picked: which action, on which record; null for anything else. */
export function readFindingChoice(value: string | undefined): FindingChoice | null {
  const match = /^(share|details):([a-z0-9-]+)$/.exec(value ?? '');
  return match ? { action: match[1] as FindingChoice['action'], id: match[2] ?? '' } : null;
}
