export interface BudgetRow {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  total: number;
  js: number;
  css: string[];
  problems: string[];
}
export const LIMIT_BYTES: number;
export const JS_ALLOWED: RegExp;
export function measure(root: string, file: string): BudgetRow;
export function budget(root: string): BudgetRow[];
export function formatTable(rows: BudgetRow[], options?: { all?: boolean }): string;
