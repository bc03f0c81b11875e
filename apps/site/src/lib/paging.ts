/** The incidents index in pages, so it stays within the page budget at any dataset size. */
export const PAGE_SIZE = 200;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** Path (without locale) of page n of the incidents index; page 1 is /incidents/. */
export function indexPath(n: number): string {
  return n <= 1 ? '/incidents/' : `/incidents/page/${n}/`;
}
