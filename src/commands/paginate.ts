import type { Translate } from '../i18n/index.js';
import type { Paging } from '../reply.js';
import { formatQuery, type Query } from '../search/parse-query.js';

export const PAGE_SIZE = 5;

/** One page of items, and the query text of the pages either side. */
export function paginate<T>(
  items: readonly T[],
  query: Query,
  requested: number | undefined,
  t: Translate,
): { items: T[]; paging: Paging; note?: string } {
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const page = Math.min(requested ?? 1, pageCount);
  const at = (target: number) =>
    formatQuery({ ...query, options: { ...query.options, page: String(target) } });
  const paging: Paging = { page, pageCount, pageSize: PAGE_SIZE, total: items.length };
  if (page < pageCount) paging.next = at(page + 1);
  if (page > 1) paging.previous = at(page - 1);
  const note =
    (requested ?? 1) > pageCount ? t('lists:only-pages', { count: pageCount, page }) : undefined;
  return { items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), paging, note };
}
