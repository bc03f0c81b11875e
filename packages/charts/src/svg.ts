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

/**
 * The chart type scale, the page's own: labels at the body size (17px, the
 * site's 1.0625rem), axis ticks, legends and source lines at its small size
 * (15px, the site's 0.93rem of .meta), a visible title in bold at
 * the body size. A fluid chart (see `frameStart`) is drawn at 1 user unit per
 * CSS pixel at every width, so these are the rendered sizes on the page.
 */
export const TYPE = { body: 17, small: 15, title: 17 } as const;
export const FONT_SIZE: number = TYPE.body;
export const SMALL_FONT_SIZE: number = TYPE.small;
export const DEFAULT_WIDTH = 400;
/**
 * The widths a fluid chart is laid out for, in CSS px: NARROW is the column
 * at a 320 px screen (the narrowest the site supports), WIDE the column at
 * the breakpoint 42rem (672 px), from which the site shows the wide variant
 * of a label (`.cw`) instead of the narrow one (`.cn`), and FULL (below) the
 * column from 62rem. A downloaded chart is WIDE px wide.
 * apps/site/src/styles/site.css holds the matching rules.
 */
export const NARROW = 288;
export const WIDE = 640;
/** The column from 62rem (992 px) up: the site's widest, 60rem. Labels get a variant (`cf`) for it. */
export const FULL = 960;
/** Titles are bold; bold glyphs run about a tenth wider, so they are measured a tenth larger. */
const TITLE_MEASURE = TYPE.title * 1.1;

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

/** Line height of small text. */
export const SMALL_LINE = Math.round(TYPE.small * 1.25);

/**
 * A label of a fluid chart, which cannot re-layout without script: the full
 * text when it fits in `room(NARROW)`. Otherwise up to three variants, each
 * shortened only if it must be: fitted to `room(NARROW)` (class `cn`, shown
 * below 42rem), fitted to `room(WIDE)` (class `cw`, shown from 42rem; or `cm`,
 * shown from 42rem to 62rem when it is not the full text), and fitted to
 * `room(FULL)` (class `cf`, from 62rem, where the column is FULL px). A chart
 * on its own (a download) shows `cw`/`cm`: `cn` and `cf` are hidden unless the
 * site's stylesheet shows them. A shortened variant keeps the full text in its <title>.
 */
export function fluidLabel(
  text: string,
  x: number | string,
  y: number,
  room: (width: number) => number,
  options: { anchor?: 'start' | 'middle' | 'end'; size?: number; weight?: string; fill?: string; cls?: string; dx?: number } = {},
): string {
  const size = options.size ?? FONT_SIZE;
  const narrow = fit(text, room(NARROW), size);
  const one = (shown: string, variant: '' | 'cn' | 'cw' | 'cm' | 'cf') => {
    const attrs = [`x="${typeof x === 'number' ? r(x) : x}"`, `y="${r(y)}"`];
    if (options.dx) attrs.push(`dx="${r(options.dx)}"`);
    if (options.anchor && options.anchor !== 'start') attrs.push(`text-anchor="${options.anchor}"`);
    if (size !== FONT_SIZE) attrs.push(`font-size="${size}"`);
    if (options.weight) attrs.push(`font-weight="${options.weight}"`);
    if (options.fill) attrs.push(`fill="${options.fill}"`);
    const cls = [options.cls, variant].filter(Boolean).join(' ');
    if (cls) attrs.push(`class="${cls}"`);
    if (variant === 'cn' || variant === 'cf') attrs.push('display="none"');
    const tip = shown === text ? '' : `<title>${esc(text)}</title>`;
    return `<text ${attrs.join(' ')}>${tip}${esc(shown)}</text>`;
  };
  if (narrow === text) return one(text, '');
  const wide = fit(text, room(WIDE), size);
  if (wide === text) return one(text, 'cw') + one(narrow, 'cn');
  return one(wide, 'cm') + one(narrow, 'cn') + one(fit(text, room(FULL), size), 'cf');
}

/** Splits text into lines of at most maxWidth, breaking at spaces. */
export function wrap(text: string, maxWidth: number, fontSize = SMALL_FONT_SIZE): string[] {
  // Only ordinary spaces break a line: a no-break space (French "Source\u00a0:") keeps its words together.
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
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
  /** viewBox width; for a fluid chart, NARROW, the width its text is laid out for. */
  width: number;
  id: string;
  /**
   * A fluid chart has no viewBox: it is as wide as its column and `height`
   * px tall, horizontal positions of marks are percentages (`pct`), and text
   * keeps its px size at every width. See `frameStart`.
   */
  fluid?: boolean;
  /**
   * A fluid chart whose columns only spread apart on a wider page (a grid of
   * counts): class `chart-compact`, which the site keeps at WIDE px at most.
   */
  compact?: boolean;
}

/** Line height of body-size text. */
export const LINE = Math.round(TYPE.body * 1.3);

/** A fraction of the width (0..1) as an SVG percentage length, for fluid charts. */
export function pct(fraction: number): string {
  return `${r(fraction * 100)}%`;
}

/** Starts a chart: returns the id and where the plot begins under the optional visible title. */
export function frameStart(options: { idPrefix: string; title?: string; width?: number; fluid?: boolean }): Frame {
  const fluid = options.fluid === true;
  // A fluid chart lays out its text for the narrowest column, so it fits at every width.
  const width = fluid ? NARROW : Math.max(240, options.width ?? DEFAULT_WIDTH);
  const id = safeId(options.idPrefix);
  const titleLines = options.title ? wrap(options.title, width - 16, TITLE_MEASURE).length : 0;
  return { id, width, top: titleLines ? 8 + titleLines * LINE + 8 : 8, ...(fluid ? { fluid } : {}) };
}

/**
 * What a chart starts with: its locale's strings and collator, and its frame
 * (fluid when `fluid` is set; `'compact'` for a fluid grid of counts, which
 * gains nothing from a wide page but space between its columns).
 */
export function chartStart(options: ChartOptions, fluid: boolean | 'compact' = false): { locale: Locale; s: Strings; frame: Frame; width: number; sorter: Intl.Collator } {
  const started = frameStart({ ...options, fluid: fluid !== false });
  const frame = fluid === 'compact' ? { ...started, compact: true } : started;
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
      parts.push(label(line, 8, 8 + TYPE.title + i * LINE, { size: TYPE.title, weight: 'bold' }));
    });
  }
  parts.push(body);
  const source = `${s.sourcePrefix}${options.source}`;
  const sourceLines = wrap(source, width - 16, SMALL_FONT_SIZE);
  // A fluid chart's source line also comes wrapped for the wide column (`cw`); the chart's foot keeps
  // the narrow wrap's height, so the fewer wide lines leave room only below themselves.
  const wideLines = frame.fluid ? wrap(source, WIDE - 16, SMALL_FONT_SIZE) : sourceLines;
  const variants = wideLines.join('\n') === sourceLines.join('\n') ? [{ lines: sourceLines, cls: 'chart-source', hidden: false }] : [
    { lines: wideLines, cls: 'chart-source cw', hidden: false },
    { lines: sourceLines, cls: 'chart-source cn', hidden: true },
  ];
  let y = bodyBottom + 8;
  for (const v of variants) {
    v.lines.forEach((line, i) => {
      const text = label(line, 8, bodyBottom + 8 + (i + 1) * SMALL_LINE, { size: SMALL_FONT_SIZE, fill: COLOR.muted, cls: v.cls });
      parts.push(v.hidden ? text.replace('<text ', '<text display="none" ') : text);
    });
  }
  y += sourceLines.length * SMALL_LINE;
  const height = y + 8;
  const title = options.title ?? options.defaultTitle;
  // A fluid chart is WIDE px wide on its own (a download); the site's stylesheet makes it as wide as its column.
  const size = frame.fluid
    ? `width="${WIDE}" height="${r(height)}" class="chart-fluid${frame.compact ? ' chart-compact' : ''}"`
    : `viewBox="0 0 ${r(width)} ${r(height)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" ${size} font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="${FONT_SIZE}" fill="currentColor">`,
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


/** A tick label of a fluid chart at the fraction `f`: centred, or from its tick inwards where centring would cross an edge at NARROW. */
export function fluidTickLabel(text: string, f: number, y: number): string {
  const half = textWidth(text, SMALL_FONT_SIZE) / 2;
  const px = f * NARROW;
  const at = `x="${pct(f)}" y="${r(y)}" font-size="${SMALL_FONT_SIZE}"`;
  if (px - half < 2) return `<text ${at} dx="${r(-Math.min(4, Math.max(0, px - 2)))}">${esc(text)}</text>`;
  if (px + half > NARROW - 2) return `<text ${at} dx="${r(Math.min(4, Math.max(0, NARROW - 2 - px)))}" text-anchor="end">${esc(text)}</text>`;
  return `<text ${at} text-anchor="middle">${esc(text)}</text>`;
}

/** Dashed vertical grid lines of a fluid chart at each tick's fraction of the width, from `top` to `bottom`. */
export function fluidGrid<T>(ticks: readonly T[], f: (t: T) => number, top: number, bottom: number): string[] {
  return ticks.map(
    (t) => `<line x1="${pct(f(t))}" y1="${r(top)}" x2="${pct(f(t))}" y2="${r(bottom)}" stroke="${COLOR.grid}" stroke-opacity="0.35" stroke-dasharray="2,3"/>`,
  );
}

/** The horizontal axis of a fluid chart at `bottom` from the fraction f0 to f1, a tick and a label at each tick. */
export function fluidAxis<T>(ticks: readonly T[], f: (t: T) => number, text: (t: T) => string, f0: number, f1: number, bottom: number): string[] {
  const parts = [`<line x1="${pct(f0)}" y1="${r(bottom)}" x2="${pct(f1)}" y2="${r(bottom)}" stroke="currentColor"/>`];
  for (const t of ticks) {
    parts.push(
      `<line x1="${pct(f(t))}" y1="${r(bottom)}" x2="${pct(f(t))}" y2="${r(bottom + 5)}" stroke="currentColor"/>`,
      fluidTickLabel(text(t), f(t), bottom + 5 + SMALL_FONT_SIZE + 2),
    );
  }
  return parts;
}

/**
 * A note of a fluid chart (small, muted), wrapped to the narrowest column so
 * it is never shortened; the first line's baseline is at `y`. Returns the
 * markup and the baseline of its last line.
 */
export function fluidNote(text: string, y: number, cls = 'chart-note'): { svg: string; last: number } {
  const lines = wrap(text, NARROW - 16, SMALL_FONT_SIZE);
  const svg = lines.map((line, i) => label(line, 8, y + i * SMALL_LINE, { size: SMALL_FONT_SIZE, fill: COLOR.muted, cls })).join('');
  return { svg, last: y + (lines.length - 1) * SMALL_LINE };
}
