/**
 * Long lists in pages, so every page stays within the page budget (one round
 * trip, 14,600 bytes gzipped with its CSS: scripts/budget.mjs) at any dataset
 * size. A row of the incidents table weighs about 110 bytes gzipped with real
 * titles; the first page of the index also carries the timeline chart (about
 * 3.4 KB), so 50 rows leave it near 13 KB. At 200 rows, `npm run bench` at
 * 1,000 incidents found the index at 17.6 KB.
 */
export const PAGE_SIZE = 50;

export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Path (without locale) of page n of a paged list at `base` (ending in "/"); page 1 is `base` itself. */
export function pagedPath(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** Path (without locale) of page n of the incidents index; page 1 is /incidents/. */
export function indexPath(n: number): string {
  return pagedPath('/incidents/', n);
}

/** Items of page n (from 1). */
export function pageSlice<T>(items: readonly T[], n: number, size: number = PAGE_SIZE): T[] {
  return items.slice((n - 1) * size, n * size);
}

/**
 * A country page lists both its incidents and its figures: this many of each
 * per page (at 100 of each, `npm run bench` at 1,000 incidents found a country
 * page at 14,533 bytes, at the edge of the budget).
 */
export const COUNTRY_PAGE_SIZE = 50;

export function countryPages(incidents: number, figures: number): number {
  return Math.max(pageCount(incidents, COUNTRY_PAGE_SIZE), pageCount(figures, COUNTRY_PAGE_SIZE));
}

/**
 * An incident page shows its figures in full while it has at most
 * FIGURES_INLINE of them, and its charts while it has at most CHARTS_INLINE,
 * so that it fits in one round trip (scripts/budget.mjs: 14,600 bytes gzipped
 * with its CSS; the heaviest such page, 18 figures and 6 charts, weighs about
 * 13 KB). Beyond, the incident page keeps every figure's anchor in a short
 * table, and the full rows and the charts go to pages of their own,
 * FIGURES_PER_PAGE and CHARTS_PER_PAGE at a time: /incidents/<id>/figures/ and
 * /incidents/<id>/charts/ (then page/<n>/).
 */
export const FIGURES_INLINE = 24;
export const FIGURES_PER_PAGE = 30;
export const CHARTS_INLINE = 6;
export const CHARTS_PER_PAGE = 6;

/** The parts of an incident that can move to pages of their own. */
export const INCIDENT_PARTS = ['figures', 'charts'] as const;
export type IncidentPart = (typeof INCIDENT_PARTS)[number];

/** How many pages of its own a part of `items` takes: 0 while it stays on the incident page. */
export function partPages(part: IncidentPart, items: number): number {
  const [inline, size] = part === 'figures' ? [FIGURES_INLINE, FIGURES_PER_PAGE] : [CHARTS_INLINE, CHARTS_PER_PAGE];
  return items > inline ? pageCount(items, size) : 0;
}

/** The page (from 1) that holds the item at `index` of a part. */
export function partPageOf(part: IncidentPart, index: number): number {
  return Math.floor(index / (part === 'figures' ? FIGURES_PER_PAGE : CHARTS_PER_PAGE)) + 1;
}

/** Path (without locale) of page n of an incident's part: /incidents/<id>/<part>/, then page/<n>/. */
export function partPath(incidentId: string, part: IncidentPart, n: number): string {
  return pagedPath(`/incidents/${incidentId}/${part}/`, n);
}
