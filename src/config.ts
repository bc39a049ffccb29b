import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, type Locale, localeFromTag } from './i18n/index.js';

// The one place that reads process.env (loaded from .env by dotenv in main.ts).
// Keys come in pairs; half a pair is an error that names the missing key.

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const optionalUrl = optionalText.refine((value) => value === undefined || URL.canParse(value), {
  message: 'expected a URL such as http://127.0.0.1:4000/api/',
});

/** `U01ABC, U02DEF` or `U01ABC U02DEF` → the ids. */
const slackUserIds = (value: string) => value.split(/[\s,]+/).filter((id) => id !== '');

const isPostgresUrl = (value: string) =>
  URL.canParse(value) && ['postgres:', 'postgresql:'].includes(new URL(value).protocol);

const environmentSchema = z
  .object({
    SLACK_BOT_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_API_URL: optionalUrl,
    SLACK_COMMAND: optionalText,
    HOST: optionalText.refine((value) => value === undefined || /^[\w.:-]+$/.test(value), {
      message: 'expected an interface address such as 127.0.0.1 or ::',
    }),
    PORT: optionalText.refine((value) => value === undefined || /^\d{1,5}$/.test(value), {
      message: 'expected a port number such as 3000',
    }),
    ASSAY_FACILITATORS: optionalText.refine(
      (value) =>
        value === undefined || slackUserIds(value).every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)),
      { message: 'expected Slack user ids separated by commas, such as U01ABCDEF,U02GHIJKL' },
    ),
    DISCORD_TOKEN: optionalText,
    DISCORD_APP_ID: optionalText,
    DISCORD_GUILD_ID: optionalText,
    DISCORD_API_URL: optionalUrl,
    ASSAY_CORPUS: optionalText,
    ASSAY_DATA_DIR: optionalText,
    ASSAY_LOCALE: optionalText.refine((value) => value === undefined || localeFromTag(value), {
      message: `expected one of ${LOCALES.join(', ')} (or a tag such as fr-FR)`,
    }),
    // The shell's language, for the terminal (POSIX order: LC_ALL, then LC_MESSAGES, then LANG).
    LC_ALL: optionalText,
    LC_MESSAGES: optionalText,
    LANG: optionalText,
    DATABASE_URL: optionalText.refine((value) => value === undefined || isPostgresUrl(value), {
      message: 'expected a Postgres URL such as postgres://assay:secret@127.0.0.1:5432/assay',
    }),
  })
  .superRefine((env, context) => {
    const needs = (present: keyof typeof env, missing: keyof typeof env, why: string) => {
      if (env[present] && !env[missing]) {
        context.addIssue({
          code: 'custom',
          path: [missing],
          message: `required when ${present} is set (${why})`,
        });
      }
    };
    needs('SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'Slack needs both to start');
    needs('SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'Slack needs both to start');
    needs('SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN', 'Socket Mode also needs the bot token');
    needs('DISCORD_TOKEN', 'DISCORD_APP_ID', 'Discord needs both to start');
    needs('DISCORD_APP_ID', 'DISCORD_TOKEN', 'Discord needs both to start');
    if (env.SLACK_APP_TOKEN && !env.SLACK_APP_TOKEN.startsWith('xapp-')) {
      context.addIssue({
        code: 'custom',
        path: ['SLACK_APP_TOKEN'],
        message: 'expected an app-level token starting with xapp-',
      });
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_BOT_TOKEN.startsWith('xoxb-')) {
      context.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'expected a bot token starting with xoxb-',
      });
    }
  });

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Present: Socket Mode. Absent: HTTP on `port` at /slack/events. */
  appToken?: string;
  apiUrl?: string;
  command: string;
  port: number;
  /** HTTP mode: the interface to listen on (default: every interface). */
  host?: string;
  /** Slack user ids who may run meeting, digest and gaps (ASSAY_FACILITATORS). */
  facilitators?: string[];
  /** ASSAY_LOCALE: the workspace's language, when a user's own cannot be read. */
  defaultLocale?: Locale;
}

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  /** ASSAY_LOCALE: when neither the user's nor the server's language is one Assay speaks. */
  defaultLocale?: Locale;
}

/** Where Assay keeps what it remembers: Postgres when a URL is given, else SQLite in `dataDir`. */
export interface StoreSettings {
  dataDir: string;
  databaseUrl?: string;
}

export const DEFAULT_DATA_DIR = './data';

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  corpusDir?: string;
  store: StoreSettings;
  /** ASSAY_LOCALE, else English: the language when the reader's own is unknown. */
  defaultLocale: Locale;
  /** The shell's language (LC_ALL, LC_MESSAGES, LANG), when it is one Assay speaks. */
  shellLocale?: Locale;
}

export type ConfigResult =
  | { ok: true; config: Config; warnings: string[] }
  | { ok: false; report: string };

/** Keys are case-sensitive: `slack_bot_token` is ignored, which looks like a missing key. */
function wrongCaseKeys(env: NodeJS.ProcessEnv): string[] {
  const known = new Set(Object.keys(environmentSchema.shape));
  return Object.keys(env)
    .filter((key) => !known.has(key) && known.has(key.toUpperCase()))
    .map((key) => `${key} is ignored: keys are case-sensitive; did you mean ${key.toUpperCase()}?`);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      report: `Assay cannot start: the environment is not right.\n${z.prettifyError(parsed.error)}`,
    };
  }
  const values = parsed.data;
  const defaultLocale = localeFromTag(values.ASSAY_LOCALE) ?? DEFAULT_LOCALE;
  const config: Config = {
    store: { dataDir: values.ASSAY_DATA_DIR ?? DEFAULT_DATA_DIR, databaseUrl: values.DATABASE_URL },
    defaultLocale,
  };
  // The first one set decides, as POSIX says, even when it names a language Assay lacks.
  const shell = localeFromTag(values.LC_ALL ?? values.LC_MESSAGES ?? values.LANG);
  if (shell) config.shellLocale = shell;
  if (values.ASSAY_CORPUS) config.corpusDir = values.ASSAY_CORPUS;
  if (values.SLACK_BOT_TOKEN && values.SLACK_SIGNING_SECRET) {
    config.slack = {
      botToken: values.SLACK_BOT_TOKEN,
      signingSecret: values.SLACK_SIGNING_SECRET,
      appToken: values.SLACK_APP_TOKEN,
      apiUrl: values.SLACK_API_URL,
      command: values.SLACK_COMMAND ?? '/assay',
      port: Number(values.PORT ?? 3000),
      host: values.HOST,
      facilitators: slackUserIds(values.ASSAY_FACILITATORS ?? ''),
      defaultLocale,
    };
  }
  if (values.DISCORD_TOKEN && values.DISCORD_APP_ID) {
    config.discord = {
      token: values.DISCORD_TOKEN,
      appId: values.DISCORD_APP_ID,
      guildId: values.DISCORD_GUILD_ID,
      apiUrl: values.DISCORD_API_URL,
      defaultLocale,
    };
  }
  return { ok: true, config, warnings: wrongCaseKeys(env) };
}
