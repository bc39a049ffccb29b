import { MIRROR_HOSTS, PUBLISHER_ROWS } from './publisher-table.js';

// Labels a source link by who published it, or marks it as a copy on a mirror.

const PUBLISHERS: ReadonlyMap<string, string> = new Map(
  PUBLISHER_ROWS.split('\n')
    .filter((row) => row.includes('|'))
    .map((row) => {
      const [domain = '', label = ''] = row.split('|');
      return [domain.trim(), label.trim()] as const;
    }),
);

/** The host without `www.` and a trailing dot, lower case; '' when the URL does not parse. */
export function linkHost(url: string): string {
  if (!URL.canParse(url)) return '';
  return new URL(url).hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** The host itself, then each parent domain: a.b.c.org → a.b.c.org, b.c.org, c.org. */
function hostAndParents(host: string): string[] {
  const parts = host.split('.');
  return parts.slice(0, -1).map((_, index) => parts.slice(index).join('.'));
}

/** The mirror host a URL sits on, if it is a document-hosting copy. */
export function mirrorOf(url: string): string | undefined {
  const candidates = hostAndParents(linkHost(url));
  return MIRROR_HOSTS.find((mirror) => candidates.includes(mirror));
}

export const isMirror = (url: string): boolean => mirrorOf(url) !== undefined;

/** "ILO", "US Department of Labor"; a mirror reads "docslib.org (copy)"; else the bare domain. */
export function linkLabel(url: string): string {
  const host = linkHost(url);
  if (host === '') return url;
  const mirror = mirrorOf(url);
  if (mirror) return `${mirror} (copy)`;
  for (const candidate of hostAndParents(host)) {
    const label = PUBLISHERS.get(candidate);
    if (label) return label;
  }
  return host;
}

/** Labels for a record's links; repeats get a number so each stays tellable apart. */
export function linkLabels(urls: readonly string[]): string[] {
  const labels = urls.map(linkLabel);
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const label of labels) total.set(label, (total.get(label) ?? 0) + 1);
  return labels.map((label) => {
    if ((total.get(label) ?? 0) < 2) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} ${n}`;
  });
}
