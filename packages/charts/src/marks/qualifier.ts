/**
 * The dot that shows one qualified figure. The qualifier is drawn as shape,
 * not colour: filled dot (as stated), hollow dot (about), hollow dot with a
 * left arrow (nearly), dot with a right arrow (more than, at least), dot with
 * a left arrow (up to), and a bracketed range for an order of magnitude.
 */
import { stringsFor } from '../strings.ts';
import { COLOR, esc, FONT_SIZE, fit, fluidLabel, LINE, label, NARROW, pct, r, SMALL_FONT_SIZE, textWidth, WIDE } from '../svg.ts';
import type { Locale, Qualifier } from '../types.ts';

const R = 5;
const ARROW = 16;

function arrow(x: number, y: number, dir: 1 | -1, color: string): string {
  const x1 = x + dir * (R + 1);
  const x2 = x + dir * (R + ARROW);
  const head = `${r(x2)},${r(y)} ${r(x2 - dir * 5)},${r(y - 4)} ${r(x2 - dir * 5)},${r(y + 4)}`;
  return `<line x1="${r(x1)}" y1="${r(y)}" x2="${r(x2 - dir * 4)}" y2="${r(y)}" stroke="${color}" stroke-width="2"/><polygon points="${head}" fill="${color}"/>`;
}

/** How far a mark reaches left and right of its x, so labels can be placed clear of it. */
export function markExtent(qualifier: Qualifier, rangeEnd?: number, x = 0): { left: number; right: number } {
  if (qualifier === 'more-than' || qualifier === 'at-least') return { left: R, right: R + ARROW };
  if (qualifier === 'up-to' || qualifier === 'nearly') return { left: R + ARROW, right: R };
  if (qualifier === 'multiples-of' && rangeEnd !== undefined) return { left: R, right: Math.max(R, rangeEnd - x) };
  return { left: R, right: R };
}

/**
 * One qualified figure at (x, y). For multiples-of, rangeEnd is the x of ten
 * times the value: "hundreds of thousands" spans 100,000 up to a million.
 */
export function qualifierMark(x: number, y: number, qualifier: Qualifier, color: string, rangeEnd?: number): string {
  return markAt(r(x), y, qualifier, color, r(rangeEnd ?? x + 2 * ARROW));
}

type LegendKey = keyof ReturnType<typeof stringsFor>['qualifierLegend'];
const KEY: Record<Qualifier, LegendKey> = {
  exact: 'exact',
  about: 'about',
  nearly: 'nearly',
  'more-than': 'lower',
  'at-least': 'lower',
  'up-to': 'upper',
  'multiples-of': 'magnitude',
};
const ORDER: Qualifier[] = ['exact', 'about', 'nearly', 'more-than', 'up-to', 'multiples-of'];

/** A legend of the marks used, wrapped to the width; returns the markup and its height. */
export function qualifierLegend(
  used: Iterable<Qualifier>,
  locale: Locale,
  x0: number,
  y0: number,
  width: number,
  color: string,
): { svg: string; height: number } {
  const keys = new Set<LegendKey>();
  for (const q of used) keys.add(KEY[q]);
  const items = ORDER.filter((q) => keys.has(KEY[q]));
  if (items.length === 0) return { svg: '', height: 0 };
  const s = stringsFor(locale);
  const parts: string[] = [];
  let x = x0;
  let y = y0 + 10;
  for (const q of items) {
    const text = s.qualifierLegend[KEY[q]];
    const ext = markExtent(q, q === 'multiples-of' ? 24 : undefined, 0);
    const w = ext.left + ext.right + 6 + textWidth(text, SMALL_FONT_SIZE) + 16;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += 20;
    }
    const cx = x + ext.left;
    parts.push(qualifierMark(cx, y, q, color, q === 'multiples-of' ? cx + 24 : undefined));
    parts.push(label(text, cx + ext.right + 6, y + 4, { size: SMALL_FONT_SIZE }));
    x += w;
  }
  return { svg: `<g class="chart-legend">${parts.join('')}</g>`, height: y - y0 + 12 };
}

/**
 * One qualified figure of a fluid chart at the fraction `f` of the width.
 * Circles and lines take percentages; the arrows, drawn in px around 0, sit
 * in a nested <svg> placed at `f`. For multiples-of, `endF` is where the
 * order-of-magnitude range ends.
 */
export function qualifierMarkAt(f: number, y: number, qualifier: Qualifier, color: string, endF?: number): string {
  return markAt(pct(f), y, qualifier, color, pct(endF ?? f));
}

/**
 * The one drawing of a qualified figure at `x`, a length in px or a
 * percentage: circles and lines take it as it is; the arrows, drawn in px
 * around 0, sit in a nested <svg> placed at `x`. `end` is where the range of
 * a multiples-of figure ends.
 */
function markAt(x: string, y: number, qualifier: Qualifier, color: string, end: string): string {
  const filled = `<circle cx="${x}" cy="${r(y)}" r="${R}" fill="${color}"/>`;
  const hollow = `<circle cx="${x}" cy="${r(y)}" r="${R - 1}" fill="${COLOR.surface}" stroke="${color}" stroke-width="2"/>`;
  const at = (shape: string) => `<svg x="${x}" overflow="visible">${shape}</svg>`;
  switch (qualifier) {
    case 'exact':
      return filled;
    case 'about':
      return hollow;
    case 'nearly':
      return at(arrow(0, y, -1, color)) + hollow;
    case 'more-than':
    case 'at-least':
      return at(arrow(0, y, 1, color)) + filled;
    case 'up-to':
      return at(arrow(0, y, -1, color)) + filled;
    case 'multiples-of': {
      const line = (x1: string, y1: number, x2: string, y2: number) =>
        `<line x1="${x1}" y1="${r(y1)}" x2="${x2}" y2="${r(y2)}" stroke="${color}" stroke-width="2"/>`;
      return line(x, y - 6, x, y + 6) + line(x, y, end, y) + line(end, y - 6, end, y + 6) + filled;
    }
  }
}

/** Height of one row of a dot chart: the name, then the dot and its figure. */
export const DOT_ROW = LINE + 26;

/** Where a row's figure goes: right of the mark, left of it, at the right end of the name's line, or under the mark. */
type ValueSide = 'right' | 'left' | 'name' | 'under';

/**
 * The elements of one row of a fluid dot chart: its name above, the
 * qualified dot at the fraction `f` of the width, and the value's text right
 * of the mark, else left of it, else at the right end of the name's line,
 * else on a line of its own under the mark (the row is then taller). The
 * place is chosen at NARROW, where a figure that fits fits at any wider width,
 * since the room on every side grows with the width. A figure that finds no
 * place beside its mark at NARROW but a better one at WIDE comes twice: there
 * from 42rem (`cw`), and at its narrow place below (`cn`), so it sits as near
 * its mark as the column allows.
 * `attr` is the group's identifying attribute, already safe (e.g. `data-id="x"`).
 */
export function dotRow(o: {
  attr: string;
  name: string;
  value: string;
  qualifier: Qualifier;
  f: number;
  /** With `multiples-of`, the fraction of the width where the order-of-magnitude range ends. */
  endF: number | undefined;
  y: number;
}): { parts: string[]; height: number } {
  const tw = textWidth(o.value);
  const nameWidth = textWidth(o.name);
  const cy = o.y + LINE + 10;
  const ranged = o.qualifier === 'multiples-of' && o.endF !== undefined;
  const rightEnd = ranged ? (o.endF as number) : o.f;
  const sideAt = (width: number): ValueSide => {
    const ext = markExtent(o.qualifier, o.endF === undefined ? undefined : o.endF * width, o.f * width);
    const rightGap = ranged ? 6 : ext.right + 6;
    if (rightEnd * width + rightGap + tw <= width - 4) return 'right';
    if (o.f * width - ext.left - 6 - tw >= 4) return 'left';
    // The name's line: name, a gap as wide as two spaces' worth, the figure ending 8 px from the edge.
    if (8 + nameWidth + 24 + tw <= width - 8) return 'name';
    return 'under';
  };
  const text = (side: ValueSide, variant: '' | 'cn' | 'cw'): string => {
    const cls = variant ? `chart-value ${variant}` : 'chart-value';
    const hidden = variant === 'cn' ? ' display="none"' : '';
    const ext = markExtent(o.qualifier, o.endF === undefined ? undefined : o.endF * NARROW, o.f * NARROW);
    switch (side) {
      case 'right':
        return `<text x="${pct(rightEnd)}" y="${r(cy + 6)}" dx="${r(ranged ? 6 : ext.right + 6)}" class="${cls}"${hidden}>${esc(o.value)}</text>`;
      case 'left':
        return `<text x="${pct(o.f)}" y="${r(cy + 6)}" dx="${r(-(ext.left + 6))}" text-anchor="end" class="${cls}"${hidden}>${esc(o.value)}</text>`;
      case 'name':
        return `<text x="100%" y="${r(o.y + FONT_SIZE)}" dx="-8" text-anchor="end" class="${cls}"${hidden}>${esc(o.value)}</text>`;
      case 'under': {
        if (variant === '') return fluidLabel(o.value, 8, cy + 10 + FONT_SIZE, (w) => w - 16, { cls });
        // The narrow variant of a figure placed elsewhere from 42rem: fitted to the narrow column only,
        // so it carries no width variants of its own.
        const shown = fit(o.value, NARROW - 16);
        const tip = shown === o.value ? '' : `<title>${esc(o.value)}</title>`;
        return `<text x="8" y="${r(cy + 10 + FONT_SIZE)}" class="${cls}"${hidden}>${tip}${esc(shown)}</text>`;
      }
    }
  };
  const narrow = sideAt(NARROW);
  const wide = narrow === 'right' || narrow === 'left' ? narrow : sideAt(WIDE);
  const value = wide === narrow ? text(narrow, '') : text(wide, 'cw') + text(narrow, 'cn');
  const parts = [
    `<g class="chart-dot" ${o.attr}>`,
    fluidLabel(o.name, 8, o.y + FONT_SIZE, (w) => w - 16),
    qualifierMarkAt(o.f, cy, o.qualifier, COLOR.bar, o.endF),
    value,
    '</g>',
  ];
  return { parts, height: narrow === 'under' ? DOT_ROW + LINE : DOT_ROW };
}
