/**
 * Incidents counted across two groupings, such as the data types exposed
 * (rows) by sector (columns): each cell is the number of incidents of that
 * column that fall in that row, written out. An incident counts once per
 * cell, however many of the row's types it exposed; the last column counts
 * each row's incidents across every column, once each. Never a sum of figures.
 */
import { countGrid } from '../marks/count-grid.ts';
import { chartStart, emptyBody, frameEnd, tableCsv } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, CountTerm, GroupedIncident } from '../types.ts';

export interface CrossCountsOptions extends ChartOptions {
  /** The rows, in order, with their labels; every one is drawn (a row no incident falls in shows zeros). */
  rows: readonly CountTerm[];
  /** The columns, in order; a column no incident has is left out. */
  columns: readonly CountTerm[];
  /** The table's heading for the row labels ("Data exposed"). */
  rowHeader: string;
  /** The line under the grid that says what the rows leave out, if anything. */
  note?: string;
}

export function crossCounts(data: readonly GroupedIncident[], options: CrossCountsOptions): ChartResult {
  const { locale, s, frame } = chartStart(options, 'compact');
  const head = { locale, source: options.source, defaultTitle: s.titles.crossCounts, title: options.title };
  const used = new Set(data.map((d) => d.column));
  const columns = options.columns.filter((c) => used.has(c.id));
  const rows = options.rows;
  const inRow = rows.map((row) => data.filter((d) => d.rows.includes(row.id)));
  const counts = inRow.map((list) => columns.map((c) => list.filter((d) => d.column === c.id).length));
  const totals = inRow.map((list) => new Set(list.map((d) => d.id)).size);
  const table: ChartTable = {
    columns: [options.rowHeader, ...columns.map((c) => c.label), s.counts.total],
    rows: rows.map((row, i) => [row.label, ...(counts[i] ?? []), totals[i] ?? 0]),
  };
  if (rows.length === 0 || columns.length === 0) {
    const { body, bottom } = emptyBody(frame, locale);
    return { svg: frameEnd(frame, body, bottom, { ...head, desc: s.desc.empty(s.titles.crossCounts) }), table, csv: tableCsv(table) };
  }
  const legend = [s.counts.gridLegend, ...(options.note ? [options.note] : [])];
  const { parts, bottom } = countGrid({ rows, columns, counts, totals, totalLabel: s.counts.total }, { top: frame.top, legend });
  const best = totals.reduce((bi, v, i) => (v > (totals[bi] ?? 0) ? i : bi), 0);
  const desc = s.desc.crossCounts(new Set(data.map((d) => d.id)).size, rows.length, columns.length, rows[best]?.label ?? '', totals[best] ?? 0);
  return { svg: frameEnd(frame, parts.join('\n'), bottom, { ...head, desc }), table, csv: tableCsv(table) };
}
