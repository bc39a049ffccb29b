// What main's runner needs from a started platform: its name, what it is still answering,
// a way to stop, and whether an error nobody caught was its own (a revoked token found by a
// background reconnect, say) so the log can name the platform and the key to check.

export type PlatformName = 'Slack' | 'Discord';

export interface PlatformFailure {
  platform: PlatformName;
  /** One line, no secrets: "Slack refused SLACK_APP_TOKEN (invalid_auth)". */
  reason: string;
  /** What to do: "Check SLACK_APP_TOKEN in .env." */
  hint: string;
}

export interface RunningPlatform {
  name: PlatformName;
  /** What is still being answered, e.g. "2 Slack requests"; undefined when nothing is. */
  pending(): string | undefined;
  /** Stops taking work, finishes what is in flight, closes the connections. */
  stop(): Promise<void>;
  /** The failure, when `error` came from this platform. */
  explain(error: unknown): PlatformFailure | undefined;
  /** Registers who to tell when the platform stops working for good while running. */
  onFatal(listener: (failure: PlatformFailure) => void): void;
}
