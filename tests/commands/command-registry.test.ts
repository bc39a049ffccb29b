import { describe, expect, it } from 'vitest';
import { describeCommand } from '../../src/commands/describe-commands.js';
import { COMMANDS } from '../../src/commands/index.js';

describe('the command registry', () => {
  it('has unique, lower-case names of at most 32 characters', () => {
    const names = COMMANDS.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
  });

  it('has descriptions of at most 100 characters, on commands and options', () => {
    for (const command of COMMANDS.map((spec) => describeCommand(spec))) {
      expect(command.description.length, command.name).toBeLessThanOrEqual(100);
      expect(command.description.length).toBeGreaterThan(0);
      for (const option of command.options) {
        expect(option.name).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
        expect(option.description.length, `${command.name} ${option.name}`).toBeLessThanOrEqual(
          100,
        );
        expect(option.description).not.toBe(option.name);
        for (const choice of option.choices ?? [])
          expect(choice.name.length).toBeLessThanOrEqual(100);
        expect((option.choices ?? []).length).toBeLessThanOrEqual(25);
      }
      if (command.words) expect(command.words.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('gives every command examples', () => {
    for (const command of COMMANDS)
      expect(command.examples.length, command.name).toBeGreaterThan(0);
  });
});
