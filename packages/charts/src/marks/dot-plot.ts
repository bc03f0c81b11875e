/**
 * The body shared by the one-axis dot charts (incident scale, source
 * disagreement): a row per item with its name, its qualified dot and its
 * figure, dashed grid lines, the axis with its title, and the qualifier legend.
 */
import { formatTick } from '../format.ts';
import { bottomAxis, COLOR, label, SMALL_FONT_SIZE, verticalGrid, wrap } from '../svg.ts';
import type { Locale, Qualifier } from '../types.ts';
import { dotRow, qualifierLegend } from './qualifier.ts';

/** Height of one row: the name, then the dot and its figure. */
export const ROW = 40;

/** The log domain in whole decades, wide enough for every mark (an order of magnitude reaches ten times its value). */
export function decadeDomain(values: readonly number[]): [number, number] {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  let hi = Math.ceil(Math.log10(Math.max(...values)));
  if (hi <= lo) hi = lo + 1;
  return [10 ** lo, 10 ** hi];
}

/** A tick at every power of ten of the domain, or at every other one and so on, so there are at most seven. */
export function decadeTicks([d0, d1]: readonly [number, number]): number[] {
  const decades = Math.round(Math.log10(d1 / d0));
  const every = Math.ceil(decades / 6);
  const ticks: number[] = [];
  for (let p = 0; p <= decades; p += every) ticks.push(d0 * 10 ** p);
  return ticks;
}

/** Where a multiples-of mark's range ends: ten times its value. Other qualifiers have no range. */
export const reachOf = (d: { value: number; qualifier: Qualifier }): number => (d.qualifier === 'multiples-of' ? d.value * 10 : d.value);

export interface DotPlotRow {
  /** The row group's identifying attribute, already safe (e.g. `data-id="x"`). */
  attr: string;
  name: string;
  value: number;
  qualifier: Qualifier;
  /** The value as the source put it, in the locale. */
  figure: string;
}

/** Draws the rows from `top` down, then the axis, its title and the legend; returns the parts and where they end. */
export function dotPlot(
  rows: readonly DotPlotRow[],
  o: { x: (v: number) => number; ticks: readonly number[]; range: readonly [number, number]; top: number; width: number; locale: Locale; axisTitle: string },
): { parts: string[]; bottom: number } {
  const { x, ticks, top, width, locale } = o;
  const parts: string[] = [];
  const axisAt = top + rows.length * ROW;
  parts.push(...verticalGrid(ticks, x, top, axisAt));
  rows.forEach((d, i) => {
    const end = d.qualifier === 'multiples-of' ? x(reachOf(d)) : undefined;
    parts.push(...dotRow({ attr: d.attr, name: d.name, value: d.figure, qualifier: d.qualifier, cx: x(d.value), end, y: top + i * ROW, width }));
  });
  parts.push(...bottomAxis(ticks, x, (t) => formatTick(t, locale), o.range[0], o.range[1], axisAt, width));
  let y = axisAt + 18;
  for (const line of wrap(o.axisTitle, width - 16)) {
    y += 16;
    parts.push(label(line, 8, y, { size: SMALL_FONT_SIZE, cls: 'chart-axis-title' }));
  }
  const legend = qualifierLegend(new Set(rows.map((d) => d.qualifier)), locale, 8, y + 6, width - 16, COLOR.bar);
  parts.push(legend.svg);
  return { parts, bottom: y + 6 + legend.height };
}
