/**
 * The size of each incident on one logarithmic axis, so that about 100,000
 * photos and about 400 million images are both readable. One row per
 * incident, largest first; the qualifier is drawn by the mark's shape.
 */
import { scaleLog } from 'd3-scale';
import { formatQualified, qualifierLabel } from '../format.ts';
import { decadeDomain, decadeTicks, dotPlot, reachOf } from '../marks/dot-plot.ts';
import { chartStart, COLOR, emptyBody, frameEnd, isFigure, label, SMALL_FONT_SIZE, tableCsv } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, IncidentScale } from '../types.ts';

export interface IncidentScaleOptions extends ChartOptions {
  /** How many incidents get a row (default 20); the rest are counted and listed in the table. */
  limit?: number;
  /** Axis title, in the page's language (default "Images or records exposed"). */
  axisLabel?: string;
}

export function incidentScale(data: readonly IncidentScale[], options: IncidentScaleOptions): ChartResult {
  const { locale, s, frame, width, sorter } = chartStart(options);
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
  const range: [number, number] = [14, width - 14];
  const x = scaleLog().domain(domain).range(range);
  const plot = dotPlot(
    shown.map((d) => ({ attr: `data-id="${d.id.replace(/[^A-Za-z0-9_-]/g, '')}"`, name: d.label, value: d.value, qualifier: d.qualifier, figure: figure(d) })),
    { x, ticks: decadeTicks(domain), range, top: frame.top, width, locale, axisTitle: s.logScale(options.axisLabel ?? s.defaultUnit) },
  );
  const parts = plot.parts;
  let y = plot.bottom;
  const notes = [
    placed.length > shown.length ? s.moreIncidents(placed.length - shown.length) : '',
    unplaced.length ? s.incidentsWithoutFigure(unplaced.length) : '',
  ];
  for (const note of notes.filter(Boolean)) {
    y += 18;
    parts.push(label(note, 8, y, { size: SMALL_FONT_SIZE, maxWidth: width - 16, fill: COLOR.muted, cls: 'chart-note' }));
  }

  const largest = shown[0];
  const smallest = placed[placed.length - 1];
  const desc =
    largest && smallest
      ? s.desc.scale(placed.length, `${smallest.label}, ${figure(smallest)}`, `${largest.label}, ${figure(largest)}`)
      : '';
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc }), table, csv: tableCsv(table) };
}
