import type {
  APIChatInputApplicationCommandInteractionData,
  APIInteractionGuildMember,
  APIMessage,
  APIUser,
} from 'discord.js';

// Payloads shaped as Discord sends them (typed against discord-api-types through
// discord.js, so a missing field is a compile error rather than a silent gap).

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A snowflake whose timestamp is `at` (ms since 1970): Discord ids carry their creation time. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Math.floor(at)) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export function makeUser(id: string, username: string, bot = false): APIUser {
  return { id, username, discriminator: '0', global_name: username, avatar: null, bot };
}

/** A member's permissions in the workshop channel: what a participant needs, not Manage Server. */
export const MEMBER_PERMISSIONS = '2248473465835073';
/** The same plus Manage Server (bit 5): a facilitator. */
export const FACILITATOR_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 5n));

export function makeMember(
  user: APIUser,
  permissions = MEMBER_PERMISSIONS,
): APIInteractionGuildMember {
  return {
    user,
    roles: [],
    permissions,
    joined_at: new Date(0).toISOString(),
    nick: null,
    deaf: false,
    mute: false,
    flags: 0,
    avatar: null,
    premium_since: null,
    pending: false,
  } as unknown as APIInteractionGuildMember;
}

/** GUILD_CREATE for the one workshop server the bot is in, with one text channel. */
export function makeGuild(guildId: string, channelId: string, ownerId: string) {
  const guild: Record<string, unknown> = {
    id: guildId,
    name: 'Workshop',
    icon: null,
    owner_id: ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guildId,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: '2248473465835073',
        managed: false,
        mentionable: false,
        flags: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [],
    voice_states: [],
    presences: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    channels: [
      {
        id: channelId,
        type: 0,
        name: 'workshop',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        topic: null,
      },
    ],
  };
  return guild;
}

/** A user option's value: Discord sends the id and the user under `resolved`. */
export interface UserOptionValue {
  user: APIUser;
}
export type CommandOptionValue = string | number | boolean | UserOptionValue;

/** The data of a chat-input interaction for `/<command> <subcommand> name:value…`. */
export function commandData(
  commandId: string,
  command: string,
  subcommand: string,
  options: Record<string, CommandOptionValue>,
  focused?: string,
): APIChatInputApplicationCommandInteractionData {
  const typeOf = (value: CommandOptionValue) =>
    typeof value === 'object'
      ? 6
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 4
          : 10
        : typeof value === 'boolean'
          ? 5
          : 3;
  const leaves = Object.entries(options).map(([name, value]) => ({
    type: typeOf(value),
    name,
    value: typeof value === 'object' ? value.user.id : value,
    ...(name === focused ? { focused: true } : {}),
  }));
  const users = Object.values(options).flatMap((value) =>
    typeof value === 'object' ? [value.user] : [],
  );
  return {
    id: commandId,
    name: command,
    type: 1,
    options: [{ type: 1, name: subcommand, options: leaves }],
    ...(users.length > 0
      ? {
          resolved: {
            users: Object.fromEntries(users.map((user) => [user.id, user])),
            members: Object.fromEntries(users.map((user) => [user.id, memberData()])),
          },
        }
      : {}),
  } as APIChatInputApplicationCommandInteractionData;
}

/** A resolved member (without its user, as Discord sends it under `resolved.members`). */
function memberData() {
  return {
    roles: [],
    joined_at: new Date(0).toISOString(),
    nick: null,
    permissions: '0',
    flags: 0,
  };
}

/** A message as the REST API returns it, for what an interaction or webhook created. */
export function makeMessage(
  id: string,
  channelId: string,
  author: APIUser,
  body: Record<string, unknown>,
  interactionId: string,
  invoker: APIUser,
): APIMessage {
  return {
    id,
    channel_id: channelId,
    type: 20,
    author,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: (body.embeds as APIMessage['embeds']) ?? [],
    components: (body.components as APIMessage['components']) ?? [],
    pinned: false,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    application_id: author.id,
    webhook_id: author.id,
    interaction_metadata: {
      id: interactionId,
      type: 2,
      user: invoker,
      authorizing_integration_owners: {},
    },
  } as APIMessage;
}

export interface InteractionParts {
  id: string;
  token: string;
  type: number;
  data: unknown;
  user: APIUser;
  appId: string;
  guildId: string;
  channelId: string;
  /** The message a component sits on (button interactions). */
  message?: APIMessage;
  /** The member's permissions in the channel (default: MEMBER_PERMISSIONS). */
  permissions?: string;
  /** The user's and the server's languages (default en-GB and en-US); null leaves one out. */
  locales?: Languages;
}

export interface Languages {
  locale?: string | null;
  guild_locale?: string | null;
}

/** Discord sends both fields; a test may leave one out to see the other used. */
function languages(given: Languages = {}) {
  const locale = given.locale === undefined ? 'en-GB' : given.locale;
  const guild = given.guild_locale === undefined ? 'en-US' : given.guild_locale;
  return { ...(locale ? { locale } : {}), ...(guild ? { guild_locale: guild } : {}) };
}

/** INTERACTION_CREATE's `d`, from a member in the workshop channel. */
export function makeInteraction(parts: InteractionParts) {
  const { id, token, type, data, user, appId, guildId, channelId, message, permissions } = parts;
  const { locales } = parts;
  return {
    id,
    application_id: appId,
    type,
    data,
    token,
    version: 1,
    guild_id: guildId,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: guildId, name: 'workshop' },
    member: makeMember(user, permissions),
    app_permissions: '2248473465835073',
    ...languages(locales),
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
    ...(message ? { message } : {}),
  };
}
