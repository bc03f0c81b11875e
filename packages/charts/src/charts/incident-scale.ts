/**
 * The size of each incident on one logarithmic axis, so that about 100,000
 * photos and about 400 million images are both readable. One row per
 * incident, largest first; the qualifier is drawn by the mark's shape.
 */
import { scaleLog } from 'd3-scale';
import { formatQualified, formatTick } from '../format.ts';
import { collator } from '../intl.ts';
import { dotRow, qualifierLegend } from '../marks/qualifier.ts';
import { stringsFor } from '../strings.ts';
import {
  bottomAxis,
  COLOR,
  emptyBody,
  frameEnd,
  frameStart,
  isFigure,
  label,
  SMALL_FONT_SIZE,
  tableCsv,
  verticalGrid,
  wrap,
} from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, IncidentScale } from '../types.ts';
import { qualifierLabel } from './country-table.ts';

export interface IncidentScaleOptions extends ChartOptions {
  /** How many incidents get a row (default 20); the rest are counted and listed in the table. */
  limit?: number;
  /** Axis title, in the page's language (default "Images or records exposed"). */
  axisLabel?: string;
}

const ROW = 40;

/** The log domain in whole decades, wide enough for every mark (an order of magnitude reaches ten times its value). */
export function decadeDomain(values: readonly number[]): [number, number] {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  let hi = Math.ceil(Math.log10(Math.max(...values)));
  if (hi <= lo) hi = lo + 1;
  return [10 ** lo, 10 ** hi];
}

export function incidentScale(data: readonly IncidentScale[], options: IncidentScaleOptions): ChartResult {
  const { locale } = options;
  const s = stringsFor(locale);
  const c = s.columns;
  const frame = frameStart(options);
  const { width } = frame;
  const sorter = collator(locale);
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
  const reach = shown.map((d) => (d.qualifier === 'multiples-of' ? d.value * 10 : d.value));
  const [d0, d1] = decadeDomain([...shown.map((d) => d.value), ...reach]);
  const x = scaleLog()
    .domain([d0, d1])
    .range([14, width - 14]);
  const decades = Math.round(Math.log10(d1 / d0));
  const every = Math.ceil(decades / 6);
  const ticks: number[] = [];
  for (let p = 0; p <= decades; p += every) ticks.push(d0 * 10 ** p);

  const parts: string[] = [];
  const top = frame.top;
  const bottom = top + shown.length * ROW;
  parts.push(...verticalGrid(ticks, x, top, bottom));
  shown.forEach((d, i) => {
    const y = top + i * ROW;
    const cx = x(d.value);
    const end = d.qualifier === 'multiples-of' ? x(d.value * 10) : undefined;
    const attr = `data-id="${d.id.replace(/[^A-Za-z0-9_-]/g, '')}"`;
    parts.push(...dotRow({ attr, name: d.label, value: figure(d), qualifier: d.qualifier, cx, end, y, width }));
  });
  // Axis: a tick at every (other) power of ten, labelled in the locale, and a title that says "log".
  parts.push(...bottomAxis(ticks, x, (t) => formatTick(t, locale), x(d0), x(d1), bottom, width));
  let y = bottom + 18;
  for (const line of wrap(s.logScale(options.axisLabel ?? s.defaultUnit), width - 16)) {
    y += 16;
    parts.push(label(line, 8, y, { size: SMALL_FONT_SIZE, cls: 'chart-axis-title' }));
  }
  const legend = qualifierLegend(new Set(shown.map((d) => d.qualifier)), locale, 8, y + 6, width - 16, COLOR.bar);
  parts.push(legend.svg);
  y += 6 + legend.height;
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
