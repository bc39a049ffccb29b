import { inspect } from 'node:util';
import { type Logger, LogLevel } from '@slack/bolt';

// The logger handed to bolt (and so to its Web API and Socket Mode clients): every line goes
// through one redaction step, so no token or signing secret can reach the log, whoever wrote it.

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.ERROR]: 0,
  [LogLevel.WARN]: 1,
  [LogLevel.INFO]: 2,
  [LogLevel.DEBUG]: 3,
};

/** Anything shaped like a Slack token, even one we were not given. */
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => {
  const write = level === LogLevel.ERROR || level === LogLevel.WARN ? console.error : console.log;
  write(line);
};

export function redact(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret.length >= 6) clean = clean.split(secret).join('[redacted]');
  }
  return clean.replace(TOKEN_PATTERN, '[redacted]');
}

const describe = (part: unknown): string => {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`;
  return inspect(part, { depth: 3, breakLength: Number.POSITIVE_INFINITY });
};

export function createSlackLogger(
  secrets: readonly string[],
  sink: LogSink = consoleSink,
  initialLevel: LogLevel = LogLevel.INFO,
): Logger {
  let level = initialLevel;
  const log =
    (at: LogLevel) =>
    (...parts: unknown[]): void => {
      if (SEVERITY[at] > SEVERITY[level]) return;
      const tag = at === LogLevel.INFO ? '' : `${at}: `;
      sink(at, redact(`[slack] ${tag}${parts.map(describe).join(' ')}`, secrets));
    };
  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    // The Web API and Socket Mode clients rename the logger they are given after internal
    // instance ids; every line here is simply tagged [slack].
    setName: () => undefined,
  };
}
