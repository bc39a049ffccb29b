// Discord's documented limits, written out independently of the adapter so the
// fake server (and the tests) can check every message the bot sends against them.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits

const CONTENT = 2000;
const EMBEDS = 10;
const EMBED_TITLE = 256;
const EMBED_DESCRIPTION = 4096;
const EMBED_FIELDS = 25;
const FIELD_NAME = 256;
const FIELD_VALUE = 1024;
const FOOTER = 2048;
const AUTHOR = 256;
const EMBED_TOTAL = 6000;
const ACTION_ROWS = 5;
const ROW_BUTTONS = 5;
const BUTTON_LABEL = 80;
const CUSTOM_ID = 100;
const SELECT_OPTIONS = 25;
const SELECT_TEXT = 100;
const SELECT_PLACEHOLDER = 150;
const CHOICES = 25;
const CHOICE_TEXT = 100;
const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const COMMAND_DESCRIPTION = 100;
const COMMAND_OPTIONS = 25;
const COMMAND_TOTAL = 4000;
/** The locales Discord accepts in a localization map (docs: reference#locales). */
const DISCORD_LOCALES = new Set(
  'id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi th zh-CN ja zh-TW ko'.split(
    ' ',
  ),
);

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

interface Button {
  type: number;
  custom_id?: string;
  url?: string;
  label?: string;
  /** String selects (type 3). */
  placeholder?: string;
  options?: { label: string; value: string; description?: string }[];
}

/** A string select: alone in its row, 1–25 options of at most 100 characters, unique values. */
function selectProblems(select: Button, at: string): string[] {
  const problems: string[] = [];
  const options = select.options ?? [];
  if (options.length < 1 || options.length > SELECT_OPTIONS)
    problems.push(`${at} has ${options.length} options`);
  if ((select.placeholder ?? '').length > SELECT_PLACEHOLDER) problems.push(`${at} placeholder`);
  const values = new Set<string>();
  for (const option of options) {
    for (const text of [option.label, option.value, option.description ?? ''])
      if (text.length > SELECT_TEXT) problems.push(`${at} option over 100: ${text}`);
    if (option.label.length < 1 || option.value.length < 1) problems.push(`${at} empty option`);
    if (values.has(option.value)) problems.push(`${at} duplicate value ${option.value}`);
    values.add(option.value);
  }
  return problems;
}

export interface MessageBody {
  content?: string;
  embeds?: Embed[];
  components?: { type: number; components: Button[] }[];
}

function embedProblems(embed: Embed, at: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(`${at}.${what}`);
  check((embed.title ?? '').length <= EMBED_TITLE, 'title is over 256');
  check((embed.description ?? '').length <= EMBED_DESCRIPTION, 'description is over 4096');
  check((embed.fields ?? []).length <= EMBED_FIELDS, 'has over 25 fields');
  check((embed.footer?.text ?? '').length <= FOOTER, 'footer is over 2048');
  check((embed.author?.name ?? '').length <= AUTHOR, 'author is over 256');
  for (const [i, field] of (embed.fields ?? []).entries()) {
    check(field.name.length >= 1 && field.name.length <= FIELD_NAME, `fields[${i}].name length`);
    check(
      field.value.length >= 1 && field.value.length <= FIELD_VALUE,
      `fields[${i}].value length`,
    );
  }
  return problems;
}

export function embedLength(embed: Embed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title ?? '').length +
    (embed.description ?? '').length +
    (embed.footer?.text ?? '').length +
    (embed.author?.name ?? '').length +
    fields
  );
}

function componentProblems(rows: NonNullable<MessageBody['components']>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  if (rows.length > ACTION_ROWS) problems.push('over 5 action rows');
  for (const [r, row] of rows.entries()) {
    if (row.type !== 1) problems.push(`components[${r}] is not an action row`);
    if (row.components.length < 1 || row.components.length > ROW_BUTTONS) {
      problems.push(`components[${r}] holds ${row.components.length} buttons`);
    }
    const selects = row.components.filter((component) => component.type === 3);
    if (selects.length > 0 && row.components.length > 1)
      problems.push(`components[${r}]: a select menu must be alone in its row`);
    for (const select of selects) problems.push(...selectProblems(select, `components[${r}]`));
    for (const button of row.components) {
      const id = button.custom_id ?? '';
      if ((button.label ?? '').length > BUTTON_LABEL)
        problems.push(`button label over 80: ${button.label}`);
      if (button.url === undefined && (id.length < 1 || id.length > CUSTOM_ID)) {
        problems.push(`custom_id length ${id.length}`);
      }
      if (id && ids.has(id)) problems.push(`duplicate custom_id ${id}`);
      ids.add(id);
    }
  }
  return problems;
}

/** Every way a message body breaks Discord's limits (empty when it is fine). */
export function messageProblems(body: MessageBody): string[] {
  const problems: string[] = [];
  const embeds = body.embeds ?? [];
  if ((body.content ?? '').length > CONTENT) problems.push('content is over 2000');
  if (embeds.length > EMBEDS) problems.push('over 10 embeds');
  embeds.forEach((embed, i) => {
    problems.push(...embedProblems(embed, `embeds[${i}]`));
  });
  const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total > EMBED_TOTAL) problems.push(`embeds total ${total} characters, over 6000`);
  problems.push(...componentProblems(body.components ?? []));
  return problems;
}

export function choiceProblems(choices: { name: string; value: string | number }[]): string[] {
  const problems: string[] = [];
  if (choices.length > CHOICES) problems.push(`${choices.length} choices, over 25`);
  for (const choice of choices) {
    if (choice.name.length < 1 || choice.name.length > CHOICE_TEXT)
      problems.push(`choice name: ${choice.name}`);
    if (String(choice.value).length > CHOICE_TEXT) problems.push(`choice value: ${choice.value}`);
  }
  return problems;
}

type Localizations = Record<string, string | null>;

interface CommandOption {
  type: number;
  name: string;
  description: string;
  description_localizations?: Localizations;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number; name_localizations?: Localizations }[];
  options?: CommandOption[];
}

/** A localization map: known locales only, each text within `max` characters. */
function localizationProblems(map: Localizations | undefined, max: number, at: string): string[] {
  return Object.entries(map ?? {}).flatMap(([locale, text]) => {
    if (!DISCORD_LOCALES.has(locale)) return [`${at}: unknown locale ${locale}`];
    const length = (text ?? '').length;
    return length < 1 || length > max ? [`${at}: ${locale} length ${length}`] : [];
  });
}

function optionProblems(options: CommandOption[], at: string): string[] {
  const problems: string[] = [];
  if (options.length > COMMAND_OPTIONS) problems.push(`${at} has over 25 options`);
  const names = new Set<string>();
  let optionalSeen = false;
  for (const option of options) {
    const here = `${at} › ${option.name}`;
    if (!COMMAND_NAME.test(option.name) || option.name !== option.name.toLowerCase()) {
      problems.push(`${here}: bad name`);
    }
    if (names.has(option.name)) problems.push(`${here}: duplicate name`);
    names.add(option.name);
    if (option.description.length < 1 || option.description.length > COMMAND_DESCRIPTION) {
      problems.push(`${here}: description length ${option.description.length}`);
    }
    problems.push(
      ...localizationProblems(option.description_localizations, COMMAND_DESCRIPTION, here),
    );
    for (const choice of option.choices ?? [])
      problems.push(...localizationProblems(choice.name_localizations, CHOICE_TEXT, here));
    if (option.required && optionalSeen) problems.push(`${here}: required after optional`);
    if (!option.required && option.type !== 1 && option.type !== 2) optionalSeen = true;
    if (option.autocomplete && option.choices) problems.push(`${here}: autocomplete with choices`);
    if (option.choices)
      problems.push(...choiceProblems(option.choices).map((p) => `${here}: ${p}`));
    if (option.options) problems.push(...optionProblems(option.options, here));
  }
  return problems;
}

/** Characters Discord counts towards 4000, in one locale (its localized texts, else the default). */
function commandText(option: CommandOption, locale?: string): number {
  const pick = (text: string, map?: Localizations) => (locale && map?.[locale]) || text;
  const choices = (option.choices ?? []).reduce(
    (sum, c) => sum + pick(c.name, c.name_localizations).length + String(c.value).length,
    0,
  );
  const nested = (option.options ?? []).reduce((sum, o) => sum + commandText(o, locale), 0);
  const description = pick(option.description, option.description_localizations);
  return option.name.length + description.length + choices + nested;
}

/** Problems with a PUT body of application commands (Discord answers 400 to these). */
export function commandProblems(commands: (CommandOption & { type?: number })[]): string[] {
  const problems = optionProblems(
    commands.map((command) => ({ ...command, type: command.type ?? 1 })),
    'commands',
  );
  for (const command of commands) {
    for (const locale of [undefined, ...DISCORD_LOCALES]) {
      const total = commandText({ ...command, type: command.type ?? 1 }, locale);
      if (total > COMMAND_TOTAL)
        problems.push(`${command.name} (${locale ?? 'default'}): ${total} characters, over 4000`);
    }
  }
  return problems;
}
