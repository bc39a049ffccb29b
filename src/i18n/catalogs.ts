import { areaMessages } from './messages/areas.js';
import { briefMessages } from './messages/brief.js';
import { cardMessages } from './messages/card.js';
import { chartMessages } from './messages/charts.js';
import { checkMessages } from './messages/checks.js';
import { commandMessages } from './messages/commands.js';
import { compareMessages } from './messages/compare.js';
import { digestMessages } from './messages/digest.js';
import { filterMessages } from './messages/filters.js';
import { findingMessages } from './messages/findings.js';
import { gapMessages } from './messages/gaps.js';
import { helpMessages } from './messages/help.js';
import { lessonMessages } from './messages/lessons.js';
import { listMessages } from './messages/lists.js';
import { meetingMessages } from './messages/meeting.js';
import { optionMessages } from './messages/options.js';
import { platformMessages } from './messages/platform.js';
import { problemMessages } from './messages/problems.js';
import { reloadMessages } from './messages/reload.js';
import { searchMessages } from './messages/search.js';
import { statsMessages } from './messages/stats.js';
import { terminalMessages } from './messages/terminal.js';
import { uploadMessages } from './messages/uploads.js';
import { valueMessages } from './messages/values.js';

/**
 * Every namespace, by the name that prefixes its keys (`search:title`). Add a namespace here
 * when you add a file under messages/; one file per command or area keeps edits apart.
 */
export const CATALOGS = {
  card: cardMessages,
  checks: checkMessages,
  commands: commandMessages,
  digest: digestMessages,
  filters: filterMessages,
  gaps: gapMessages,
  help: helpMessages,
  lessons: lessonMessages,
  lists: listMessages,
  meeting: meetingMessages,
  options: optionMessages,
  findings: findingMessages,
  problems: problemMessages,
  reload: reloadMessages,
  search: searchMessages,
  platform: platformMessages,
  terminal: terminalMessages,
  uploads: uploadMessages,
  values: valueMessages,
  areas: areaMessages,
  brief: briefMessages,
  charts: chartMessages,
  compare: compareMessages,
  stats: statsMessages,
} as const;

export type Namespace = keyof typeof CATALOGS;

/** Every message key, namespaced: a typo in a key fails the build. */
export type MessageKey = {
  [N in Namespace]: `${N}:${keyof (typeof CATALOGS)[N]['en'] & string}`;
}[Namespace];
