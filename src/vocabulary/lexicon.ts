import { COMMUNITY_LEXICON_ROWS } from './lexicon-community.js';
import { EDUCATION_HEALTH_LEXICON_ROWS } from './lexicon-education-health.js';
import { GOVERNANCE_LEXICON_ROWS } from './lexicon-governance.js';
import { LABOUR_LEXICON_ROWS } from './lexicon-labour.js';
import { MINERAL_LEXICON_ROWS } from './lexicon-minerals.js';
import { MINING_LEXICON_ROWS } from './lexicon-mining.js';
import { RESEARCH_LEXICON_ROWS } from './lexicon-research.js';
import { SUPPLY_CHAIN_LEXICON_ROWS } from './lexicon-supply-chain.js';
import { type LexiconEntry, parseLexiconRows } from './lexicon-table.js';

// The field's concepts in French, Spanish and Portuguese, mapped to the
// corpus's English (issue 9). Data only: the matcher that uses it is built on
// the tokenizer and stemmer of issue 8.

/** Domains whose words make a "mining context" for an ambiguous term. */
export const MINING_CONTEXT_DOMAINS: readonly string[] = ['minerals', 'mining'];

export const LEXICON: readonly LexiconEntry[] = [
  ...parseLexiconRows(MINERAL_LEXICON_ROWS, 'minerals'),
  ...parseLexiconRows(MINING_LEXICON_ROWS, 'mining'),
  ...parseLexiconRows(LABOUR_LEXICON_ROWS, 'labour'),
  ...parseLexiconRows(EDUCATION_HEALTH_LEXICON_ROWS, 'education-health'),
  ...parseLexiconRows(SUPPLY_CHAIN_LEXICON_ROWS, 'supply-chain'),
  ...parseLexiconRows(GOVERNANCE_LEXICON_ROWS, 'governance'),
  ...parseLexiconRows(COMMUNITY_LEXICON_ROWS, 'community'),
  ...parseLexiconRows(RESEARCH_LEXICON_ROWS, 'research'),
];
