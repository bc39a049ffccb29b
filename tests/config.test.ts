import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/index.js';
import { runBin } from './support/run-bin.js';

// The environment at the edge: a .env that cannot be read stops the bot with its name, keys
// written in another case are named in a warning, and HOST reaches the Slack settings.

const folders: string[] = [];
const folderWith = (setUp: (dir: string) => void): string => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-env-'));
  folders.push(dir);
  setUp(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('a .env that exists but cannot be read', () => {
  it('is an error naming it, exit 1, instead of falling through to the terminal', () => {
    const cwd = folderWith((dir) => mkdirSync(join(dir, '.env')));
    const result = runBin([], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('.env cannot be read (it is a folder, not a file)');
    expect(result.stdout).toBe('');
  });
});

describe('keys written in another case', () => {
  it('are named in a warning, with the key they look like', () => {
    const cwd = folderWith((dir) =>
      writeFileSync(join(dir, '.env'), 'slack_bot_token=xoxb-1-lowercase\nDiscord_Token=abc\n'),
    );
    const result = runBin(['--json', 'search', 'gold'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'slack_bot_token is ignored: keys are case-sensitive; did you mean SLACK_BOT_TOKEN?',
    );
    expect(result.stderr).toContain('Discord_Token is ignored');
    expect(result.stderr).not.toContain('xoxb-1-lowercase');
  });

  it('leave other keys alone', () => {
    const configured = readConfig({ PATH: '/bin', path: '/bin', home: '/tmp' });
    expect(configured.ok && configured.warnings).toEqual([]);
  });
});

describe('HOST', () => {
  const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

  it('is the interface Slack HTTP mode listens on; unset means every interface', () => {
    const set = readConfig({ ...slack, HOST: '127.0.0.1' });
    expect(set.ok && set.config.slack?.host).toBe('127.0.0.1');
    const unset = readConfig(slack);
    expect(unset.ok && unset.config.slack?.host).toBeUndefined();
  });

  it('refuses something that is not an address, naming HOST', () => {
    const configured = readConfig({ ...slack, HOST: 'http://0.0.0.0:3000/' });
    expect(configured.ok).toBe(false);
    expect(!configured.ok && configured.report).toMatch(/interface address[\s\S]*at HOST/);
  });
});
