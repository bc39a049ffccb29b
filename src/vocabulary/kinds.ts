import type { Kind } from '../corpus/schema.js';

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
