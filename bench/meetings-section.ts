import { atMost, num, type Row, spreadText } from './bench-table.js';
import { DIGEST_RUNS, DIGEST_SHARES, measureDigest } from './digest-build.js';
import { measureDiscordShare, measureSlackShare } from './share-round-trip.js';

// The meetings part of the bench: a Share pressed on each platform to its public message
// (with the share-log write), and a 200-share meeting's digest. `--only meetings` runs it alone.

const SHARE_PRESSES = 200;
const SHARE_P95_TARGET_MS = 20;
const DIGEST_TARGET_MS = 200;

export async function benchMeetings(progress: (text: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const presses = [
    {
      platform: 'Discord',
      measure: measureDiscordShare,
      route: 'INTERACTION_CREATE → public reply',
    },
    {
      platform: 'Slack HTTP',
      measure: measureSlackShare,
      route: 'block_actions → response_url post',
    },
  ];
  for (const { platform, measure, route } of presses) {
    const times = await measure(SHARE_PRESSES);
    rows.push({
      measure: `${platform}: Share pressed (${route}, share log on SQLite), ms median / p95 / max (${SHARE_PRESSES} presses)`,
      records: 'shipped',
      assay: `${spreadText(times)}${times.deferred ? ` (${times.deferred} deferred)` : ''}`,
      target: `p95 ≤ ${SHARE_P95_TARGET_MS} ms`,
      status: atMost(times.p95, SHARE_P95_TARGET_MS, 'ms'),
    });
    progress(`measured the ${platform} Share round trip`);
  }
  const digest = await measureDigest();
  const size = `${digest.entries} findings, ${num(digest.bytes / 1024)} KB of files`;
  rows.push(
    {
      measure: `digest of a ${DIGEST_SHARES}-share meeting through the core (store read + grouping + Markdown + CSV; ${size}), ms median / p95 / max (${DIGEST_RUNS} runs)`,
      records: 'shipped',
      assay: spreadText(digest.command),
      target: `≤ ${DIGEST_TARGET_MS} ms`,
      status: atMost(digest.command.p95, DIGEST_TARGET_MS, 'ms'),
    },
    {
      measure: `digest grouping + Markdown + CSV alone (rows already read), ms median / p95 / max (${DIGEST_RUNS} runs)`,
      records: 'shipped',
      assay: spreadText(digest.build),
    },
  );
  progress('measured the digest');
  return rows;
}

export const MEETINGS_METHOD = `Meetings: the real adapter (discord.js / bolt in HTTP mode) against the local fake platform, the shipped corpus, a SQLite store in a fresh temp folder and a meeting running in the channel. \`search mercury ghana\` is asked once; its Share button is pressed 5 times to warm up, then ${SHARE_PRESSES} times, each timed from the press leaving the fake to the public message arriving (Discord: the callback, or the edit when deferred; Slack: the response_url post); afterwards the share log must hold one row per press. Digest: ${DIGEST_SHARES} shares logged through the core's logShare by 30 participants, cycling through the first three pages of 10 real questions; \`digest\` answered through the core 5 times to warm up then ${DIGEST_RUNS} times; the grouping and files alone are timed on the same rows.`;
