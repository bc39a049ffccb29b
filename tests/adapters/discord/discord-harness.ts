import { startDiscord } from '../../../adapters/discord/start-discord.js';
import { type Assay, openAssay } from '../../../src/index.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.js';

// One fake Discord and the real bot (real discord.js, real core) logged in to it.

export interface Harness {
  fake: FakeDiscord;
  assay: Assay;
  /** What the bot logged (errors), to check no secret leaks. */
  logs: string[];
  /** Status lines (connected as …). */
  infos: string[];
  stop(): Promise<void>;
}

let shared: Assay | undefined;

/** The core on the shipped corpus, loaded once per test file. */
export function shippedAssay(): Assay {
  shared ??= openAssay();
  return shared;
}

export async function startHarness(assay: Assay = shippedAssay()): Promise<Harness> {
  const fake = await startFakeDiscord();
  const bot = await startBotOn(fake, assay);
  return {
    ...bot,
    async stop() {
      await bot.stop();
      await fake.stop();
    },
  };
}

/** One more bot (an instance, or the same bot after a restart) logged in to an existing fake. */
export async function startBotOn(fake: FakeDiscord, assay: Assay): Promise<Harness> {
  const logs: string[] = [];
  const infos: string[] = [];
  const config = { token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl };
  const bot = await startDiscord(assay, config, {
    log: (line) => logs.push(line),
    info: (line) => infos.push(line),
  });
  return { fake, assay, logs, infos, stop: () => bot.stop() };
}

interface ResultLike {
  body: {
    embeds?: {
      title?: string;
      description?: string;
      footer?: { text: string };
      fields?: { name: string; value: string }[];
    }[];
    components?: { components: { type?: number; custom_id?: string; label?: string }[] }[];
  };
}

/** The reply's one embed. */
export function embedOf(result: ResultLike) {
  const embed = result.body.embeds?.[0];
  if (!embed) throw new Error(`no embed in ${JSON.stringify(result.body)}`);
  return embed;
}

/** The reply's buttons (not its select menu) as label → custom_id. */
export function buttonsOf(result: ResultLike): Map<string, string> {
  const buttons = (result.body.components ?? [])
    .flatMap((row) => row.components)
    .filter((component) => component.type === undefined || component.type === 2);
  return new Map(buttons.map((button) => [button.label ?? '', button.custom_id ?? '']));
}

/** Markdown-escaped text back to plain text (what a reader sees). */
export const plain = (text: string | undefined): string =>
  (text ?? '').replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

/** Every reply is private: Discord's ephemeral flag. */
export const EPHEMERAL = 64;
