import { areasCommand } from './areas.js';
import { briefCommand } from './brief.js';
import type { CommandSpec } from './command-spec.js';
import { compareCommand } from './compare.js';
import { digestCommand } from './digest.js';
import { gapsCommand } from './gaps.js';
import { helpCommand } from './help.js';
import { lessonsCommand } from './lessons.js';
import { meetingCommand } from './meeting.js';
import { reloadCommand } from './reload.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';
import { statsCommand } from './stats.js';

/** Every command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  searchCommand,
  showCommand,
  statsCommand,
  briefCommand,
  lessonsCommand,
  areasCommand,
  compareCommand,
  helpCommand,
  meetingCommand,
  digestCommand,
  gapsCommand,
  reloadCommand,
];
