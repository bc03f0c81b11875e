/**
 * The one CSV writer of the project, for the dataset's downloads (figures.csv,
 * sources.csv) and for every chart's CSV. It lives in the lowest package so
 * that @atlas/data and @atlas/charts both write CSV by the same rules.
 *
 * RFC 4180: fields separated by commas, records by CRLF; a field that holds a
 * comma, a quote, CR or LF is quoted, and quotes are doubled.
 *
 * Formula guard (OWASP "CSV injection"): the cells hold third-party text
 * (titles, quoted evidence), and a spreadsheet runs a cell that starts with
 * =, +, -, @, a tab or a carriage return as a formula. Such a text cell is
 * written with a leading apostrophe, which spreadsheets show as text. Numbers
 * are never prefixed: -3 stays a number.
 */

export type Cell = string | number | boolean | null | undefined;

/** Text a spreadsheet would read as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Plain decimal digits, never exponent notation (1e21 would be unreadable in a spreadsheet). */
function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to CSV`);
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

/** The whole file: a header row, then one line per row, each ending with CRLF; a ragged row is refused. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`CSV row has ${row.length} cells, expected ${columns.length}`);
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
