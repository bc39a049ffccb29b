import { foldText } from '../text/fold-text.js';
import { type NamedEntry, parseNamedTable } from './named-table.js';
import { ORGANISATION_ROWS } from './organisation-table.js';

export const ORGANISATIONS = parseNamedTable(ORGANISATION_ROWS, 3);

/** How an organisation reads in a record: the table's name when it knows any of its spellings. */
export function canonicalOrganisation(name: string, short?: string): string {
  const entry = (short ? ORGANISATIONS.find(short) : undefined) ?? ORGANISATIONS.find(name);
  return entry?.name ?? short ?? name;
}

/** Chains already walked, by name: counts and filters ask once per record and label. */
const chains = new Map<string, readonly string[]>();

/** The organisation and every one above it: "ILO-IPEC" → ["ILO-IPEC", "ILO"]. */
export function organisationWithParents(name: string): readonly string[] {
  const known = chains.get(name);
  if (known) return known;
  const chain = [name];
  let entry = ORGANISATIONS.find(name);
  while (entry?.group && !chain.includes(entry.group)) {
    chain.push(entry.group);
    entry = ORGANISATIONS.find(entry.group);
  }
  chains.set(name, chain);
  return chain;
}

/** The top of an organisation's family, under which stats count it. */
export function organisationFamily(name: string): string {
  return organisationWithParents(name).at(-1) ?? name;
}

/** The entry and every entry under it (ILO → ILO, ILO-IPEC, ITCILO). */
export function organisationAndChildren(entry: NamedEntry): NamedEntry[] {
  return ORGANISATIONS.entries.filter((other) =>
    organisationWithParents(other.name).includes(entry.name),
  );
}

/** Every folded spelling of an organisation and the organisations under it. */
export function foldedSpellings(entry: NamedEntry): string[] {
  return organisationAndChildren(entry).flatMap((member) =>
    [member.name, ...member.aliases].map(foldText),
  );
}
