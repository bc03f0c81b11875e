/**
 * Incidents per year, by category (sector or exposure vector): a grid with a
 * row per year and a column per category, each cell the number of incidents.
 * Every year between the first and the last is drawn, and a year without an
 * incident shows 0; the years outside that range have no record and are not
 * drawn, which the chart says under the grid. Counts of incidents only: each
 * incident is counted once, in its year and its category.
 */
import { countGrid } from '../marks/count-grid.ts';
import { chartStart, emptyBody, frameEnd, tableCsv } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, CountTerm, YearIncident } from '../types.ts';

export interface IncidentsByYearOptions extends ChartOptions {
  /** The categories, in column order, with their labels; a category no incident has is left out. */
  categories: readonly CountTerm[];
  /** The table's heading for the year column (default: the chart strings' "Year"). */
  yearHeader?: string;
  /** Which year an incident is counted in ("the year it was made public"): drawn under the grid and added to the description. */
  yearNote?: string;
  /** First and last year drawn (default: the data's); the years between without an incident are zero. */
  from?: number;
  to?: number;
}

/** Every year from `from` to `to`, oldest first. */
export function yearRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

export function incidentsByYear(data: readonly YearIncident[], options: IncidentsByYearOptions): ChartResult {
  const { locale, s, frame } = chartStart(options, 'compact');
  const head = { locale, source: options.source, defaultTitle: s.titles.byYear, title: options.title };
  const placed = data.filter((d): d is YearIncident & { year: number } => d.year !== null && Number.isInteger(d.year));
  const unplaced = data.length - placed.length;
  const years = placed.map((d) => d.year);
  const from = options.from ?? Math.min(...years);
  const to = options.to ?? Math.max(...years);
  const inRange = placed.filter((d) => d.year >= from && d.year <= to);
  const used = new Set(inRange.map((d) => d.category));
  const columns = options.categories.filter((c) => used.has(c.id));
  const rows = years.length === 0 ? [] : yearRange(from, to);
  const counts = rows.map((year) => columns.map((c) => inRange.filter((d) => d.year === year && d.category === c.id).length));
  const totals = rows.map((year) => inRange.filter((d) => d.year === year).length);
  const table: ChartTable = {
    columns: [options.yearHeader ?? s.counts.year, ...columns.map((c) => c.label), s.counts.total],
    rows: rows.map((year, i) => [String(year), ...(counts[i] ?? []), totals[i] ?? 0]),
  };
  if (rows.length === 0 || columns.length === 0) {
    const { body, bottom } = emptyBody(frame, locale);
    return { svg: frameEnd(frame, body, bottom, { ...head, desc: s.desc.empty(s.titles.byYear) }), table, csv: tableCsv(table) };
  }
  const outside = s.counts.yearsOutside(String(from), String(to));
  const legend = [...(options.yearNote ? [options.yearNote] : []), s.counts.gridLegend, outside];
  if (unplaced > 0) legend.push(s.counts.withoutYear(unplaced));
  const { parts, bottom } = countGrid(
    { rows: rows.map((y) => ({ id: String(y), label: String(y) })), columns, counts, totals, totalLabel: s.counts.total },
    { top: frame.top, legend },
  );
  const peak = totals.reduce((bi, v, i) => (v > (totals[bi] ?? 0) ? i : bi), 0);
  const desc = [s.desc.byYear(inRange.length, String(from), String(to), columns.length, String(rows[peak]), totals[peak] ?? 0), outside, options.yearNote]
    .filter(Boolean)
    .join(' ');
  return { svg: frameEnd(frame, parts.join('\n'), bottom, { ...head, desc }), table, csv: tableCsv(table) };
}
