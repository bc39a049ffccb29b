import { type ChildProcess, spawn } from 'node:child_process';
import { BIN, freshDataDir } from './run-bin.js';

// The built bin as a long-running process (a bot), for tests of signals, exits and logs.
// Waits give up after a while so a broken bot fails its test instead of hanging it.

const GIVE_UP_MS = 15_000;

export class RunningBin {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  /** `script`: another built entry than the bin (the Discord sharding manager). */
  constructor(env: Record<string, string>, cwd: string, script = BIN) {
    this.child = spawn(process.execPath, [script], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        ASSAY_DATA_DIR: freshDataDir(),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.stdout += chunk.toString();
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  get output(): string {
    return `${this.stdout}${this.stderr}`;
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  /** Resolves with the first match of `pattern` in stdout + stderr, once it appears. */
  async waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
    const started = Date.now();
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null || Date.now() - started > GIVE_UP_MS) {
        throw new Error(`never printed ${pattern}; output so far:\n${this.output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** The exit code, or 'still running' if it has not exited within `ms`. */
  async exitWithin(ms: number): Promise<number | null | 'still running'> {
    const timer = new Promise<'still running'>((resolve) =>
      setTimeout(resolve, ms, 'still running'),
    );
    return Promise.race([this.exited, timer]);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
