/**
 * The body shared by the one-axis dot charts (incident scale, source
 * disagreement), drawn fluid (see `frameStart`): a row per item with its
 * name, its qualified dot and its figure, dashed grid lines, the axis with
 * its title, and the qualifier legend.
 */
import { formatTick } from '../format.ts';
import { COLOR, fluidAxis, fluidGrid, label, NARROW, SMALL_FONT_SIZE, SMALL_LINE, textWidth, wrap } from '../svg.ts';
import type { Locale, Qualifier } from '../types.ts';
import { dotRow, markExtent, qualifierLegend } from './qualifier.ts';

/** The log domain in whole decades, wide enough for every mark (an order of magnitude reaches ten times its value). */
export function decadeDomain(values: readonly number[]): [number, number] {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  let hi = Math.ceil(Math.log10(Math.max(...values)));
  if (hi <= lo) hi = lo + 1;
  return [10 ** lo, 10 ** hi];
}

/** A tick at every power of ten of the domain, or at every other one and so on, so there are at most six (they must fit NARROW). */
export function decadeTicks([d0, d1]: readonly [number, number]): number[] {
  const decades = Math.round(Math.log10(d1 / d0));
  const every = Math.ceil(decades / 5);
  const ticks: number[] = [];
  for (let p = 0; p <= decades; p += every) ticks.push(d0 * 10 ** p);
  return ticks;
}

/** Where a multiples-of mark's range ends: ten times its value. Other qualifiers have no range. */
export const reachOf = (d: { value: number; qualifier: Qualifier }): number => (d.qualifier === 'multiples-of' ? d.value * 10 : d.value);

/**
 * The plot's range as fractions of the width: inset so that the widest mark
 * at either end (an arrow reaches 21 px) and the edge tick labels stay inside
 * the narrowest column.
 */
export function plotRange(qualifiers: Iterable<Qualifier>, tickTexts: readonly string[]): [number, number] {
  let left = 8;
  let right = 8;
  for (const q of qualifiers) {
    const e = markExtent(q, undefined, 0);
    left = Math.max(left, e.left + 2);
    right = Math.max(right, q === 'multiples-of' ? 8 : e.right + 2);
  }
  const first = tickTexts[0] ?? '';
  const last = tickTexts[tickTexts.length - 1] ?? '';
  left = Math.max(left, textWidth(first, SMALL_FONT_SIZE) / 2 - 2);
  right = Math.max(right, textWidth(last, SMALL_FONT_SIZE) / 2 - 2);
  return [left / NARROW, 1 - right / NARROW];
}

export interface DotPlotRow {
  /** The row group's identifying attribute, already safe (e.g. `data-id="x"`). */
  attr: string;
  name: string;
  value: number;
  qualifier: Qualifier;
  /** The value as the source put it, in the locale. */
  figure: string;
}

/**
 * Draws the rows from `top` down, then the axis, its title and the legend; returns the parts and where they end.
 * `x` maps a value to a fraction of the width, within `range` (fractions too).
 */
export function dotPlot(
  rows: readonly DotPlotRow[],
  o: { x: (v: number) => number; ticks: readonly number[]; range: readonly [number, number]; top: number; locale: Locale; axisTitle: string },
): { parts: string[]; bottom: number } {
  const { x, ticks, top, locale } = o;
  const parts: string[] = [];
  let axisAt = top;
  for (const d of rows) {
    const endF = d.qualifier === 'multiples-of' ? x(reachOf(d)) : undefined;
    const row = dotRow({ attr: d.attr, name: d.name, value: d.figure, qualifier: d.qualifier, f: x(d.value), endF, y: axisAt });
    parts.push(...row.parts);
    axisAt += row.height;
  }
  parts.unshift(...fluidGrid(ticks, x, top, axisAt));
  parts.push(...fluidAxis(ticks, x, (t) => formatTick(t, locale), o.range[0], o.range[1], axisAt));
  let y = axisAt + 5 + SMALL_FONT_SIZE + 2;
  for (const line of wrap(o.axisTitle, NARROW - 16)) {
    y += SMALL_LINE;
    parts.push(label(line, 8, y, { size: SMALL_FONT_SIZE, cls: 'chart-axis-title' }));
  }
  const legend = qualifierLegend(new Set(rows.map((d) => d.qualifier)), locale, 8, y + 6, NARROW - 16, COLOR.bar);
  parts.push(legend.svg);
  return { parts, bottom: y + 6 + legend.height };
}
