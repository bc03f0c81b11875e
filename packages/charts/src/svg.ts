/**
 * The SVG plumbing every chart shares: escaping, rounding, the accessible
 * frame (title, desc, source line), rough text measurement and the CSV.
 */
import { toCsv } from '@atlas/schema';
import { collator, displayNames } from './intl.ts';
import { type Strings, stringsFor } from './strings.ts';
import type { ChartOptions, ChartTable, Locale } from './types.ts';

/** Escapes text for SVG content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Rounds a coordinate to two decimals, printing no "-0" and never NaN (which would be a bug upstream). */
export function r(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`non-finite coordinate: ${value}`);
  const v = Math.round(value * 100) / 100;
  return String(v === 0 ? 0 : v);
}

/** An id made safe for XML and CSS: letters, digits, "-" and "_" only. */
export function safeId(prefix: string): string {
  const cleaned = prefix.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

export const FONT_SIZE = 14;
export const SMALL_FONT_SIZE = 12;
export const DEFAULT_WIDTH = 400;
/** Titles are 16px bold; bold glyphs run about a tenth wider, so they are measured as 17.6px. */
const TITLE_MEASURE = 17.6;

/**
 * Approximate rendered width of text in a proportional sans-serif, in user
 * units. There is no DOM at build time, so layout reserves room from this
 * estimate: narrow glyphs count less, capitals and wide glyphs more.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if ('iljtf.,:;\'’|!I ()[]\u00a0\u202f'.includes(ch)) em += 0.32;
    else if ('mwMW@'.includes(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else em += 0.6;
  }
  return em * fontSize;
}

/** Cuts text to fit maxWidth, ending with "…"; returns the text itself when it fits. */
export function fit(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}…`, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * A text element; when the text had to be shortened the full text is kept in
 * a child <title>, so it is still available as a tooltip.
 */
export function label(
  text: string,
  x: number,
  y: number,
  options: { maxWidth?: number; anchor?: 'start' | 'middle' | 'end'; size?: number; weight?: string; fill?: string; cls?: string } = {},
): string {
  const size = options.size ?? FONT_SIZE;
  const shown = options.maxWidth === undefined ? text : fit(text, options.maxWidth, size);
  const attrs = [`x="${r(x)}"`, `y="${r(y)}"`];
  if (options.anchor && options.anchor !== 'start') attrs.push(`text-anchor="${options.anchor}"`);
  if (size !== FONT_SIZE) attrs.push(`font-size="${size}"`);
  if (options.weight) attrs.push(`font-weight="${options.weight}"`);
  if (options.fill) attrs.push(`fill="${options.fill}"`);
  if (options.cls) attrs.push(`class="${options.cls}"`);
  const tip = shown === text ? '' : `<title>${esc(text)}</title>`;
  return `<text ${attrs.join(' ')}>${tip}${esc(shown)}</text>`;
}

/** Splits text into lines of at most maxWidth, breaking at spaces. */
export function wrap(text: string, maxWidth: number, fontSize = SMALL_FONT_SIZE): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.map((l) => fit(l, maxWidth, fontSize));
}

/** Colours, each a CSS custom property with a fallback that reads on white and on near-black (≥3:1). */
export const COLOR = {
  bar: 'var(--chart-bar, #0072B2)',
  accent: 'var(--chart-accent, #D55E00)',
  green: 'var(--chart-green, #009E73)',
  purple: 'var(--chart-purple, #CC79A7)',
  muted: 'var(--chart-muted, #757575)',
  grid: 'var(--chart-grid, #757575)',
  /** Surface colour, used for halos and hollow marks. */
  surface: 'var(--chart-surface, #ffffff)',
} as const;

export interface Frame {
  /** y where the plot area starts, below the visible title. */
  top: number;
  width: number;
  id: string;
}

/** Starts a chart: returns the id and where the plot begins under the optional visible title. */
export function frameStart(options: { idPrefix: string; title?: string; width?: number }): Frame {
  const width = Math.max(240, options.width ?? DEFAULT_WIDTH);
  const id = safeId(options.idPrefix);
  const titleLines = options.title ? wrap(options.title, width - 16, TITLE_MEASURE).length : 0;
  return { id, width, top: titleLines ? 8 + titleLines * 20 + 8 : 8 };
}

/** What a chart starts with: its locale's strings and collator, and its frame. */
export function chartStart(options: ChartOptions): { locale: Locale; s: Strings; frame: Frame; width: number; sorter: Intl.Collator } {
  const frame = frameStart(options);
  return { locale: options.locale, s: stringsFor(options.locale), frame, width: frame.width, sorter: collator(options.locale) };
}

/**
 * Wraps the chart body in the accessible <svg>: role, aria-labelledby, title,
 * desc, a visible title when given, and the source line at the foot.
 */
export function frameEnd(
  frame: Frame,
  body: string,
  bodyBottom: number,
  options: { locale: Locale; title?: string; source: string; defaultTitle: string; desc: string },
): string {
  const { id, width } = frame;
  const s = stringsFor(options.locale);
  const parts: string[] = [];
  if (options.title) {
    wrap(options.title, width - 16, TITLE_MEASURE).forEach((line, i) => {
      parts.push(label(line, 8, 8 + 16 + i * 20, { size: 16, weight: 'bold' }));
    });
  }
  parts.push(body);
  const sourceLines = wrap(`${s.sourcePrefix}${options.source}`, width - 16, SMALL_FONT_SIZE);
  let y = bodyBottom + 8;
  for (const line of sourceLines) {
    y += 16;
    parts.push(label(line, 8, y, { size: SMALL_FONT_SIZE, fill: COLOR.muted, cls: 'chart-source' }));
  }
  const height = y + 8;
  const title = options.title ?? options.defaultTitle;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${r(width)} ${r(height)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="${FONT_SIZE}" fill="currentColor">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(options.desc)}</desc>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

/** The body of an empty chart: one clear sentence where the plot would be. */
export function emptyBody(frame: Frame, locale: Locale): { body: string; bottom: number } {
  const y = frame.top + 40;
  return {
    body: label(stringsFor(locale).noData, frame.width / 2, y, { anchor: 'middle', fill: COLOR.muted }),
    bottom: y + 24,
  };
}

/** A chart's table as CSV, by the project's one CSV writer (formula guard included). */
export function tableCsv(table: ChartTable): string {
  return toCsv(table.columns, table.rows);
}

/** Country names already looked up, by `locale:code` (a few hundred codes at most). */
const countryNames = new Map<string, string>();
/** A country's name in the locale, from its alpha-2 code; the code itself when Intl has no name. */
export function countryName(code: string, locale: Locale): string {
  // A name is asked for on every page that lists a country: Intl.DisplayNames#of is slow enough to keep each answer.
  const key = `${locale}:${code}`;
  const known = countryNames.get(key);
  if (known !== undefined) return known;
  let name: string;
  try {
    name = displayNames(locale, 'region').of(code.toUpperCase()) ?? code;
  } catch {
    name = code;
  }
  countryNames.set(key, name);
  return name;
}

/** A usable figure: finite and not negative. Anything else is treated as "no figure". */
export function isFigure(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** An axis tick label, centred on its tick but kept inside the chart at either edge. */
export function tickLabel(text: string, x: number, y: number, width: number): string {
  const half = textWidth(text, SMALL_FONT_SIZE) / 2;
  if (x - half < 2) return label(text, Math.max(2, x - 4), y, { size: SMALL_FONT_SIZE });
  if (x + half > width - 2) return label(text, Math.min(width - 2, x + 4), y, { size: SMALL_FONT_SIZE, anchor: 'end' });
  return label(text, x, y, { size: SMALL_FONT_SIZE, anchor: 'middle' });
}

/** Dashed vertical grid lines at each tick, from `top` to `bottom`, shared by the charts with a horizontal axis. */
export function verticalGrid<T>(ticks: readonly T[], x: (t: T) => number, top: number, bottom: number): string[] {
  return ticks.map(
    (t) =>
      `<line x1="${r(x(t))}" y1="${r(top)}" x2="${r(x(t))}" y2="${r(bottom)}" stroke="${COLOR.grid}" stroke-opacity="0.35" stroke-dasharray="2,3"/>`,
  );
}

/** A horizontal axis at `bottom` from `x0` to `x1`, with a tick and a label (already formatted) at each tick. */
export function bottomAxis<T>(ticks: readonly T[], x: (t: T) => number, text: (t: T) => string, x0: number, x1: number, bottom: number, width: number): string[] {
  const parts = [`<line x1="${r(x0)}" y1="${r(bottom)}" x2="${r(x1)}" y2="${r(bottom)}" stroke="currentColor"/>`];
  for (const t of ticks) {
    parts.push(
      `<line x1="${r(x(t))}" y1="${r(bottom)}" x2="${r(x(t))}" y2="${r(bottom + 5)}" stroke="currentColor"/>`,
      tickLabel(text(t), x(t), bottom + 18, width),
    );
  }
  return parts;
}

