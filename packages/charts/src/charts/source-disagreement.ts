/**
 * What each source reported for one metric and scope: a dot per source,
 * labelled with its figure and publisher, on one axis. This is what a
 * journalist checks before quoting a number. The axis is linear when the
 * figures are within a factor of ten (padded, not from zero, so that 389 and
 * 400 million can be told apart; the description states the spread in
 * percent) and logarithmic otherwise.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatQualified, formatTick, qualifierLabel } from '../format.ts';
import { nf } from '../intl.ts';
import { decadeDomain, decadeTicks, dotPlot, plotRange, reachOf } from '../marks/dot-plot.ts';
import { chartStart, emptyBody, fluidNote, frameEnd, isFigure, NARROW, SMALL_FONT_SIZE, SMALL_LINE, tableCsv, textWidth } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, SourceValue } from '../types.ts';

export interface SourceDisagreementOptions extends ChartOptions {
  /** What was counted, for the axis title, in the page's language ("Images exposed"). */
  axisLabel?: string;
  /** Axis type; "auto" (default) is log when the largest figure is ten or more times the smallest. */
  scale?: 'auto' | 'linear' | 'log';
  /** Most dots drawn (default 12): the lowest, the highest and evenly spaced ranks between; all are in the table. */
  limit?: number;
}

/** Evenly spaced ranks from first to last, so a long list keeps its range. */
function spread<T>(rows: readonly T[], limit: number): T[] {
  if (rows.length <= limit) return [...rows];
  if (limit === 1) return rows.slice(-1);
  const picked = new Set<number>();
  for (let i = 0; i < limit; i++) picked.add(Math.round((i * (rows.length - 1)) / (limit - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => rows[i] as T);
}

export function sourceDisagreement(data: readonly SourceValue[], options: SourceDisagreementOptions): ChartResult {
  const { locale, s, frame, sorter } = chartStart(options, true);
  const c = s.columns;
  let rows = data
    .filter((d) => isFigure(d.value))
    .sort((a, b) => a.value - b.value || sorter.compare(a.publisher, b.publisher) || (a.source < b.source ? -1 : 1));
  const figure = (d: SourceValue) => formatQualified(d.value, d.qualifier, locale);
  const table: ChartTable = {
    columns: [c.publisher, c.value, c.qualifier, c.figure, c.url],
    rows: rows.map((d) => [d.publisher, d.value, qualifierLabel(d.qualifier, locale), figure(d), d.url ?? '']),
  };
  const head = { locale, source: options.source, defaultTitle: s.titles.disagreement, title: options.title };
  if (rows.length === 0) {
    const { body, bottom } = emptyBody(frame, locale);
    return { svg: frameEnd(frame, body, bottom, { ...head, desc: s.desc.empty(s.titles.disagreement) }), table, csv: tableCsv(table) };
  }

  const all = rows;
  rows = spread(all, Math.max(1, Math.floor(options.limit ?? 12)));
  const values = rows.map((d) => d.value);
  const reach = rows.map(reachOf);
  const min = Math.min(...values);
  const max = Math.max(...reach);
  const log = options.scale === 'log' || (options.scale !== 'linear' && min > 0 && max / min >= 10);
  let x: (v: number) => number;
  let ticks: number[];
  let range: [number, number];
  const rangeFor = (t: number[]) => plotRange(rows.map((d) => d.qualifier), t.map((v) => formatTick(v, locale)));
  if (log && min > 0) {
    const domain = decadeDomain([min, max]);
    ticks = decadeTicks(domain);
    range = rangeFor(ticks);
    const scale = scaleLog().domain(domain).range(range);
    x = (v) => scale(v);
  } else {
    const pad = Math.max((max - min) * 0.25, Math.abs(max) * 0.1, 1);
    const scale = scaleLinear()
      .domain([Math.max(0, min - pad), max + pad])
      .nice(4);
    // As many ticks as fit side by side in the narrowest column, 4 at most.
    const fits = (t: number[]) => t.reduce((sum, v) => sum + textWidth(formatTick(v, locale), SMALL_FONT_SIZE) + 14, 0) <= NARROW * 0.9;
    ticks = scale.ticks(4);
    for (let n = 3; n >= 1 && !fits(ticks); n--) ticks = scale.ticks(n);
    range = rangeFor(ticks);
    scale.range(range);
    x = (v) => scale(v);
  }

  const unit = options.axisLabel ?? s.defaultUnit;
  const plot = dotPlot(
    rows.map((d) => ({ attr: `data-source="${d.source.replace(/[^A-Za-z0-9_-]/g, '')}"`, name: d.publisher, value: d.value, qualifier: d.qualifier, figure: figure(d) })),
    { x, ticks, range, top: frame.top, locale, axisTitle: log ? s.logScale(unit) : s.linearScale(unit) },
  );
  const parts = plot.parts;
  let y = plot.bottom;
  if (all.length > rows.length) {
    const n = fluidNote(s.moreSources(all.length - rows.length), y + SMALL_LINE + 2);
    parts.push(n.svg);
    y = n.last;
  }

  const lo = all[0];
  const hi = all[all.length - 1];
  const gap =
    lo && hi && all.length > 1 && lo.value > 0 && hi.value > lo.value
      ? nf(locale, 'percent-2', { style: 'percent', maximumSignificantDigits: 2 }).format((hi.value - lo.value) / lo.value)
      : '';
  const desc =
    lo && hi
      ? s.desc.disagreement(all.length, `${figure(lo)} (${lo.publisher})`, `${figure(hi)} (${hi.publisher})`, gap)
      : '';
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc }), table, csv: tableCsv(table) };
}
