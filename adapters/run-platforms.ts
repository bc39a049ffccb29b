import { type Assay, type Config, warmUp } from '../src/index.js';
import type { RunningPlatform } from './running-platform.js';
import { redact } from './slack/slack-logger.js';
import { Supervisor } from './supervise-platforms.js';

// `npm start` with platform keys: starts Slack and/or Discord, then hands them to the one
// supervisor (guard, fatal failures, shutdown). A platform that cannot start is reported by
// name; the other keeps going. Nothing started at all is an error for main to report.

const say = (line: string) => process.stderr.write(`${line}\n`);

export interface RunSettings {
  /** Runs once the platforms have stopped, before exit (closing the store). */
  afterStop?: () => Promise<void>;
}

export async function runPlatforms(
  assay: Assay,
  config: Config,
  settings: RunSettings = {},
): Promise<void> {
  const secrets = [
    config.slack?.botToken,
    config.slack?.signingSecret,
    config.slack?.appToken,
    config.discord?.token,
  ].filter((secret): secret is string => typeof secret === 'string');
  // Languages, command descriptions and the chart renderer now, not in a first reply.
  warmUp(assay);
  const starts: [string, () => Promise<RunningPlatform>][] = [];
  const { slack, discord } = config;
  if (slack) {
    const { startSlack } = await import('./slack/start-slack.js');
    starts.push(['Slack', () => startSlack(assay, slack)]);
  }
  if (discord) {
    const { startDiscord } = await import('./discord/start-discord.js');
    starts.push(['Discord', () => startDiscord(assay, discord)]);
  }
  const clean = (text: string) => redact(text, secrets);
  const supervisor = new Supervisor({
    log: say,
    exit: (code) => process.exit(code),
    redact: clean,
    afterStop: settings.afterStop,
  });
  supervisor.install();
  const results = await Promise.allSettled(
    starts.map(([, start]) => start().then((platform) => supervisor.add(platform))),
  );
  const failures = results.flatMap((result, index) =>
    result.status === 'rejected'
      ? [`${starts[index]?.[0]} could not start: ${messageOf(result.reason)}`]
      : [],
  );
  if (failures.length === starts.length) throw new Error(clean(failures.join('\n')));
  for (const failure of failures) say(clean(`Assay: ${failure}`));
  const started = starts.filter((_, index) => results[index]?.status === 'fulfilled');
  if (failures.length > 0) {
    say(`Assay: ${started.map(([name]) => name).join(' and ')} keeps answering.`);
  }
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
