import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readConfig } from '../../../src/index.js';

// The manifest a person pastes into Slack must match what the adapter expects: the default
// command with escaped mentions (for:@name), the buttons (interactivity), Socket Mode, and the
// scopes Share needs to post a chart picture: files:write, channels:join; and users:read for
// each person's language.

const manifest = readFileSync(
  new URL('../../../adapters/slack/manifest.yml', import.meta.url),
  'utf8',
);
const lines = manifest.split('\n').filter((line) => !line.trimStart().startsWith('#'));
const has = (pattern: RegExp) => lines.some((line) => pattern.test(line));

describe('the Slack app manifest', () => {
  test('declares the command the adapter answers by default', () => {
    const configured = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    const command = configured.ok ? configured.config.slack?.command : undefined;
    expect(command).toBe('/assay');
    expect(has(/^\s+- command: \/assay$/)).toBe(true);
    expect(has(/^\s+should_escape: true$/)).toBe(true);
  });

  test('turns on interactivity and Socket Mode, and asks for commands, the upload scopes and users:read', () => {
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(has(/^\s+socket_mode_enabled: true$/)).toBe(true);
    const scopes = manifest.match(/bot:\n((?:\s+- .+\n)+)/)?.[1]?.match(/- (\S+)/g);
    expect(scopes).toEqual(['- commands', '- files:write', '- channels:join', '- users:read']);
  });

  test('keeps the display description within Slack’s 140 characters', () => {
    const description = lines.find((line) => /^\s{2}description:/.test(line)) ?? '';
    expect(description.trim().length - 'description: '.length).toBeLessThanOrEqual(140);
  });
});
