// The domain's other names for the same thing. Phrases become one token on both
// sides (a record that says "Democratic Republic of the Congo" also carries
// "drc"); spelling variants fold to one form; expansions widen a query word.

/** Phrases (folded) that also stand for a single token. */
export const PHRASE_TOKENS: readonly { token: string; phrases: readonly string[] }[] = [
  {
    token: 'drc',
    phrases: [
      'democratic republic of the congo',
      'democratic republic of congo',
      'dr congo',
      'd r congo',
      'congo kinshasa',
      'rdc',
    ],
  },
  { token: 'cotedivoire', phrases: ['cote d ivoire', 'cote divoire', 'ivory coast'] },
  {
    // The corpus mostly says ILO; the full name (and the French, Spanish and
    // Portuguese OIT read as it) is the same one organisation, not "labour".
    token: 'ilo',
    phrases: [
      'international labour organization',
      'international labour organisation',
      'international labour office',
    ],
  },
  {
    token: 'asgm',
    phrases: [
      'artisanal and small scale gold mining',
      'artisanal small scale gold mining',
      'artisanal and small scale gold',
      'small scale gold mining',
      'artisanal gold mining',
      'artisanal gold',
    ],
  },
  {
    token: 'asm',
    phrases: [
      'artisanal and small scale mining',
      'artisanal small scale mining',
      'artisanal and small scale mines',
      'artisanal and small scale miners',
      'small scale mining',
      'artisanal mining',
      'artisanal mines',
      'artisanal miners',
    ],
  },
  {
    token: 'clfz',
    phrases: ['child labour free zones', 'child labour free zone', 'child labour free'],
  },
  { token: 'wfcl', phrases: ['worst forms of child labour', 'worst form of child labour'] },
  {
    token: 'usdol',
    phrases: ['us department of labor', 'u s department of labor', 'department of labour'],
  },
  { token: 'uk', phrases: ['united kingdom'] },
  { token: 'usa', phrases: ['united states'] },
];

/** Spelling variants folded to one form, on both sides (US → UK spelling). */
export const VARIANTS: Readonly<Record<string, string>> = {
  labor: 'labour',
  labors: 'labour',
  organization: 'organisation',
  organizations: 'organisation',
  program: 'programme',
  programs: 'programme',
  colored: 'coloured',
  color: 'colour',
  center: 'centre',
  centers: 'centre',
  traceable: 'traceability',
  coltan: 'tantalum',
  cassiterite: 'tin',
  wolframite: 'tungsten',
  gems: 'gemstone',
  gem: 'gemstone',
  children: 'child',
  childrens: 'child',
  miner: 'mine',
  miners: 'mine',
  informal: 'informal',
  informality: 'informal',
  informally: 'informal',
  formalisation: 'formalis',
  formalise: 'formalis',
  formalised: 'formalis',
  formalising: 'formalis',
  formalisations: 'formalis',
  kids: 'child',
  girls: 'girl',
  women: 'woman',
  ivorian: 'cotedivoire',
  congolese: 'drc',
  // French and Spanish for DRC (République/República Democrática del Congo).
  rdc: 'drc',
  ghanaian: 'ghana',
  peruvian: 'peru',
  bolivian: 'bolivia',
  colombian: 'colombia',
  filipino: 'philippines',
  indian: 'india',
  malagasy: 'madagascar',
  tanzanian: 'tanzania',
  ugandan: 'uganda',
};

/** A query word that should also find these tokens (weaker than the word itself). */
export const EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  '3t': ['tin', 'tantalum', 'tungsten'],
  '3tg': ['tin', 'tantalum', 'tungsten'],
  congo: ['drc'],
  drc: ['congo'],
  mercury: ['minamata'],
  minamata: ['mercury'],
  asm: ['asgm'],
  gemstone: ['emerald', 'sapphire', 'ruby', 'tanzanite'],
  education: ['school', 'schooling'],
  school: ['education', 'schooling'],
  slavery: ['forced', 'trafficking'],
  trafficking: ['slavery'],
  gender: ['woman', 'girl'],
  woman: ['gender'],
  uk: ['britain'],
  // Informality is what formalisation addresses: either word finds the other.
  informal: ['formalis', 'formal'],
  formalis: ['informal', 'formal'],
  formal: ['formalis', 'informal'],
};
