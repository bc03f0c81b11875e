/**
 * The size of each incident on one logarithmic axis, so that about 100,000
 * photos and about 400 million images are both readable. One row per
 * incident, largest first; the qualifier is drawn by the mark's shape.
 */
import { scaleLog } from 'd3-scale';
import { formatQualified, formatTick, qualifierLabel } from '../format.ts';
import { decadeDomain, decadeTicks, dotPlot, plotRange, reachOf } from '../marks/dot-plot.ts';
import { chartStart, emptyBody, fluidNote, frameEnd, isFigure, SMALL_LINE, tableCsv } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, IncidentScale } from '../types.ts';

export interface IncidentScaleOptions extends ChartOptions {
  /** How many incidents get a row (default 20); the rest are counted and listed in the table. */
  limit?: number;
  /** Axis title, in the page's language (default "Images or records exposed"). */
  axisLabel?: string;
}

export function incidentScale(data: readonly IncidentScale[], options: IncidentScaleOptions): ChartResult {
  const { locale, s, frame, sorter } = chartStart(options, true);
  const c = s.columns;
  const placed = data
    .filter((d): d is IncidentScale & { value: number } => isFigure(d.value) && d.value > 0)
    .sort((a, b) => b.value - a.value || sorter.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
  const unplaced = data.filter((d) => !(isFigure(d.value) && d.value > 0));
  // The unit goes in the axis title, not after each number: "400 millions d'images" needs grammar a suffix cannot give.
  const figure = (d: IncidentScale) => (isFigure(d.value) ? formatQualified(d.value, d.qualifier, locale) : '');
  const table: ChartTable = {
    columns: [c.incident, c.value, c.qualifier, c.figure],
    rows: [...placed, ...unplaced].map((d) => [
      d.label,
      isFigure(d.value) ? d.value : '',
      isFigure(d.value) ? qualifierLabel(d.qualifier, locale) : '',
      figure(d),
    ]),
  };
  const head = { locale, source: options.source, defaultTitle: s.titles.scale, title: options.title };
  if (placed.length === 0) {
    const { body, bottom } = emptyBody(frame, locale);
    const desc = s.desc.empty(s.titles.scale) + (unplaced.length ? ` ${s.incidentsWithoutFigure(unplaced.length)}.` : '');
    return { svg: frameEnd(frame, body, bottom, { ...head, desc }), table, csv: tableCsv(table) };
  }

  const limit = Math.max(1, Math.floor(options.limit ?? 20));
  const shown = placed.slice(0, limit);
  const domain = decadeDomain([...shown.map((d) => d.value), ...shown.map(reachOf)]);
  const ticks = decadeTicks(domain);
  const range = plotRange(
    shown.map((d) => d.qualifier),
    ticks.map((t) => formatTick(t, locale)),
  );
  const x = scaleLog().domain(domain).range(range);
  const plot = dotPlot(
    shown.map((d) => ({ attr: `data-id="${d.id.replace(/[^A-Za-z0-9_-]/g, '')}"`, name: d.label, value: d.value, qualifier: d.qualifier, figure: figure(d) })),
    { x, ticks, range, top: frame.top, locale, axisTitle: s.logScale(options.axisLabel ?? s.defaultUnit) },
  );
  const parts = plot.parts;
  let y = plot.bottom;
  const notes = [
    placed.length > shown.length ? s.moreIncidents(placed.length - shown.length) : '',
    unplaced.length ? s.incidentsWithoutFigure(unplaced.length) : '',
  ];
  for (const note of notes.filter(Boolean)) {
    const n = fluidNote(note, y + SMALL_LINE + 2);
    parts.push(n.svg);
    y = n.last;
  }

  const largest = shown[0];
  const smallest = placed[placed.length - 1];
  const desc =
    largest && smallest
      ? s.desc.scale(placed.length, `${smallest.label}, ${figure(smallest)}`, `${largest.label}, ${figure(largest)}`)
      : '';
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc }), table, csv: tableCsv(table) };
}
