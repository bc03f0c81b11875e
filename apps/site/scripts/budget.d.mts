export interface BudgetRow {
  page: string;
  /** The page's type (pageType): `/incidents/*\/`, `/embed/*\/`, `404`… */
  type: string;
  htmlGzip: number;
  cssGzip: number;
  total: number;
  /** The page's limit (limitOf): LIMIT_BYTES, or SEARCH_LIMIT_BYTES for the search pages. */
  limit: number;
  js: number;
  css: string[];
  problems: string[];
}
export interface TypeRow {
  type: string;
  pages: number;
  median: number;
  max: number;
  largest: string;
  limit: number;
}
export const TCP_SEGMENT_BYTES: number;
export const INITIAL_WINDOW_SEGMENTS: number;
export const LIMIT_BYTES: number;
export const SEARCH_LIMIT_BYTES: number;
export const JS_ALLOWED: RegExp;
export function limitOf(page: string): number;
export function pageType(page: string): string;
export function measure(root: string, file: string): BudgetRow;
export function budget(root: string): BudgetRow[];
export function byType(rows: BudgetRow[]): TypeRow[];
export function formatReport(rows: BudgetRow[], options?: { all?: boolean }): string;
