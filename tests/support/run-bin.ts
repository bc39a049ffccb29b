import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { bin: { assay: string } };

/** The built `assay` bin, as npm installs it (npm test builds first). */
export const BIN = `${ROOT}/${pkg.bin.assay}`;

export interface BinResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh data folder, so a run never writes into the repository and runs stay apart. */
export const freshDataDir = () => mkdtempSync(join(tmpdir(), 'assay-data-'));

/** Runs the real bin with no Slack/Discord credentials and no terminal on stdin. */
export function runBin(
  args: string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): BinResult {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    ASSAY_DATA_DIR: freshDataDir(),
    ...options.env,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? `${ROOT}/tests/fixtures`,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
