/** Long lists in pages, so every page stays within the page budget at any dataset size. */
export const PAGE_SIZE = 200;

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

/** A country page lists both its incidents and its figures: this many of each per page. */
export const COUNTRY_PAGE_SIZE = 100;

export function countryPages(incidents: number, figures: number): number {
  return Math.max(pageCount(incidents, COUNTRY_PAGE_SIZE), pageCount(figures, COUNTRY_PAGE_SIZE));
}
