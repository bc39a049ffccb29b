import { setTimeout as sleep } from 'node:timers/promises';
import type { PlatformFailure, RunningPlatform } from './running-platform.js';

// The process's one guard and one shutdown path. An error nobody caught is logged in one
// redacted line naming the platform and the key to check; a platform that stops for good is
// stopped alone while another keeps answering; SIGTERM and SIGINT finish what is in flight,
// close the connections and exit 0, or exit 1 at the deadline naming what was abandoned.

/** Container runtimes kill at 10 s; this leaves room to log and exit. */
export const SHUTDOWN_DEADLINE_MS = 8000;

export interface SupervisorIo {
  /** One line to the log (stderr); the supervisor redacts it first. */
  log: (line: string) => void;
  exit: (code: number) => void;
  redact: (text: string) => string;
  deadlineMs?: number;
  /** After the platforms stop, inside the deadline (closing the store). */
  afterStop?: () => Promise<void>;
}

export class Supervisor {
  private readonly running: RunningPlatform[] = [];
  private stopping = false;

  constructor(private readonly io: SupervisorIo) {}

  /** A platform that has started; one that finishes starting during shutdown is stopped. */
  add(platform: RunningPlatform): void {
    if (this.stopping) {
      platform.stop().catch(() => undefined);
      return;
    }
    this.running.push(platform);
    platform.onFatal((failure) => this.failed(platform, failure));
  }

  /** Installs the guard and the signal handlers (before the platforms start, so none is missed). */
  install(proc: NodeJS.Process = process): void {
    proc.on('unhandledRejection', (reason) => this.uncaught(reason));
    proc.on('uncaughtException', (error) => this.uncaught(error));
    proc.on('SIGTERM', () => void this.shutdown('SIGTERM'));
    proc.on('SIGINT', () => void this.shutdown('SIGINT'));
  }

  uncaught(error: unknown): void {
    const owner = this.running.find((platform) => platform.explain(error));
    const failure = owner?.explain(error);
    if (owner && failure) {
      this.failed(owner, failure);
      return;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const where = error instanceof Error ? (error.stack?.split('\n')[1]?.trim() ?? '') : '';
    this.say(`Assay stopped on an unexpected error: ${message.split('\n')[0]} ${where}`.trim());
    void this.shutdown('the error above', 1);
  }

  failed(platform: RunningPlatform, failure: PlatformFailure): void {
    const at = this.running.indexOf(platform);
    if (at < 0 || this.stopping) return;
    this.running.splice(at, 1);
    this.say(`Assay: ${failure.platform} stopped: ${failure.reason}. ${failure.hint}`);
    if (this.running.length > 0) {
      const others = this.running.map((other) => other.name).join(' and ');
      this.say(`Assay: ${others} ${this.running.length > 1 ? 'keep' : 'keeps'} answering.`);
      platform.stop().catch(() => undefined);
      return;
    }
    this.running.push(platform);
    void this.shutdown(`${failure.platform} failing`, 1);
  }

  async shutdown(cause: string, code = 0): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const deadline = this.io.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
    const pending = this.running.map((platform) => platform.pending()).filter(Boolean);
    const inFlight =
      pending.length > 0 ? `finishing ${pending.join(' and ')}` : 'nothing in flight';
    this.say(`Assay: stopping (${cause}): ${inFlight}; deadline ${deadline / 1000} s.`);
    const left = new Set(this.running);
    const stops = this.running.map((platform) =>
      platform.stop().then(
        () => void left.delete(platform),
        (error: unknown) => {
          left.delete(platform);
          this.say(
            `Assay: ${platform.name} did not close cleanly: ${String(error).split('\n')[0]}`,
          );
        },
      ),
    );
    const finished = await Promise.race([
      Promise.all(stops)
        .then(() => this.io.afterStop?.())
        .then(
          () => true,
          () => true,
        ),
      sleep(deadline, false),
    ]);
    if (finished) {
      this.say(code === 0 ? 'Assay: stopped cleanly.' : 'Assay: stopped.');
      return this.io.exit(code);
    }
    const abandoned = [...left].map(
      (platform) => `${platform.name} (${platform.pending() ?? 'its connection still closing'})`,
    );
    this.say(`Assay: the ${deadline / 1000} s deadline passed; abandoned ${abandoned.join(', ')}.`);
    this.io.exit(1);
  }

  private say(line: string): void {
    this.io.log(this.io.redact(line));
  }
}
