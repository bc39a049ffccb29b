import { KINDS, type Kind, type Status } from '../corpus/schema.js';
import { foreignValueWords } from './value-words-i18n.js';

/** How a kind reads in a reply, and the words that select it in `kind:`. */
export const KIND_LABELS: Record<Kind, { label: string; aliases: string[] }> = {
  project: { label: 'project or programme', aliases: ['projects', 'programme', 'program'] },
  standard: {
    label: 'standard or certification',
    aliases: ['standards', 'certification', 'guidance', 'code'],
  },
  law: { label: 'law or regulation', aliases: ['laws', 'regulation', 'legislation', 'policy'] },
  initiative: {
    label: 'multi-stakeholder initiative',
    aliases: ['initiatives', 'msi', 'partnership', 'alliance', 'coalition'],
  },
  toolkit: { label: 'toolkit or tool', aliases: ['toolkits', 'tool', 'tools', 'map', 'app'] },
  fund: { label: 'fund or grant programme', aliases: ['funds', 'funding', 'grant', 'grants'] },
};

/** Every word that selects a kind (`kind:programme`, `kind:loi`, a spreadsheet's "Kind" column). */
export const KIND_BY_WORD: Readonly<Record<string, Kind>> = {
  ...(foreignValueWords('kind') as Record<string, Kind>),
  ...Object.fromEntries(
    KINDS.flatMap((kind) => KIND_LABELS[kind].aliases.map((alias) => [alias, kind] as const)),
  ),
};

/** Other English words for a status (free words read as a status take only these). */
export const ENGLISH_STATUS_WORDS: Readonly<Record<string, Status>> = {
  active: 'ongoing',
  current: 'ongoing',
  running: 'ongoing',
  complete: 'completed',
  finished: 'completed',
  closed: 'completed',
  ended: 'completed',
};

/** Every word for a status, in `status:` (`statut:terminé`) and in imported spreadsheets. */
export const STATUS_BY_WORD: Readonly<Record<string, Status>> = {
  ...(foreignValueWords('status') as Record<string, Status>),
  ...ENGLISH_STATUS_WORDS,
};
