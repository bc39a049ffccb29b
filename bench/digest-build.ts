import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Assay,
  type Caller,
  openAssay,
  openStore,
  type Store,
  translatorFor,
} from '../src/index.js';
import { digestEntries } from '../src/meetings/digest-entries.js';
import { digestFiles } from '../src/meetings/digest-files.js';
import { type Spread, spread } from './measure.js';

// The digest of a 200-share meeting on SQLite: the whole `digest` command through the core
// (the store read, grouping by type and topic, the Markdown and CSV files), and the grouping
// and files alone on the same rows. The shares are real: replies of the shipped corpus to
// questions a workshop asks (and their next pages), logged by 30 participants through the
// core's own logShare.

export const DIGEST_SHARES = 200;
/** The digest's words, as the facilitator below reads them. */
const t = translatorFor('en');
const RUNS = 50;
const WARM_UP = 5;
const QUESTIONS = [
  'search mercury ghana',
  'search cobalt country:drc',
  'search education area:3',
  'search mica type:report',
  'search child labour gold',
  'search cooperative formalisation',
  'search tin tantalum',
  'lessons school',
  'show caring-gold',
  'search health country:peru',
];

const where = { platform: 'slack' as const, channelId: 'C0BENCHDIGEST' };
const facilitator: Caller = {
  ...where,
  facilitator: true,
  userId: 'U0FACIL',
  displayName: 'Facilitator',
};
const participant = (index: number): Caller => ({
  ...where,
  facilitator: false,
  userId: `U${index % 30}`,
  displayName: `Participant ${index % 30}`,
});

/** Each question's first pages, as participants page through them: many distinct findings. */
const PAGES = [1, 2, 3];

async function holdMeeting(assay: Assay): Promise<void> {
  await assay.answer('meeting start title:"Bench digest" for:8h', facilitator);
  const asked = QUESTIONS.flatMap((text) => PAGES.map((page) => `${text} page:${page}`));
  const replies = await Promise.all(asked.map((text) => assay.answer(text, facilitator)));
  const shareable = replies.filter((reply) => reply.shareable);
  if (shareable.length < QUESTIONS.length) throw new Error('too few shareable replies');
  for (let index = 0; index < DIGEST_SHARES; index++) {
    const reply = shareable[index % shareable.length];
    if (!reply || (await assay.logShare(reply, participant(index))))
      throw new Error('a share was not logged');
  }
}

async function timeRuns(run: () => Promise<unknown> | unknown): Promise<Spread> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return spread(samples);
}

export interface DigestTimes {
  /** `digest` through the core: store read + grouping + Markdown + CSV. */
  command: Spread;
  /** Grouping + Markdown + CSV from rows already read. */
  build: Spread;
  entries: number;
  bytes: number;
}

async function measure(assay: Assay, store: Store): Promise<DigestTimes> {
  await holdMeeting(assay);
  const first = await assay.answer('digest', facilitator);
  if (first.kind !== 'digest' || first.shares !== DIGEST_SHARES)
    throw new Error(
      `the digest read ${first.kind === 'digest' ? first.shares : first.kind} shares`,
    );
  const names = first.files.map((file) => file.name);
  if (!names.some((name) => name.endsWith('.md')) || !names.some((name) => name.endsWith('.csv')))
    throw new Error(`the digest has no Markdown and CSV: ${names.join(', ')}`);
  const command = await timeRuns(() => assay.answer('digest', facilitator));
  const meeting = await store.latestMeeting(where, new Date());
  if (!meeting) throw new Error('no meeting');
  const shares = await store.sharesOf(meeting.id);
  const build = await timeRuns(() =>
    digestFiles(meeting.startsAt, first.title, digestEntries(shares, t), t),
  );
  const bytes = first.files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
  return { command, build, entries: first.entries.length, bytes };
}

export async function measureDigest(): Promise<DigestTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-digest-'));
  const store = await openStore({ dataDir: dir });
  try {
    return await measure(openAssay(undefined, { store }), store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const DIGEST_RUNS = RUNS;
