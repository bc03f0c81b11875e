/**
 * A world choropleth of one figure per country, in classes of powers of ten
 * (so 2 servers and 2.6 million images can share a legend). The legend keeps
 * "no data" (hatched) apart from zero (plain pale fill). Countries too small
 * for the 1:110m outlines are named under the map, never silently dropped.
 * With `measure: 'incidents'` the values are counts of incidents: the classes
 * are whole-number steps (1, 2–4, 5–9…), the words speak of incidents, and a
 * country without a value is "no record", which the legend keeps apart from zero.
 */
import { countryRows, countryTable } from '../country-rows.ts';
import { formatTick } from '../format.ts';
import { projectWorld } from '../geo.ts';
import { stringsFor } from '../strings.ts';
import { COLOR, emptyBody, esc, frameEnd, frameStart, label, r, SMALL_FONT_SIZE, textWidth, tableCsv, wrap } from '../svg.ts';
import type { ChartOptions, ChartResult, CountryValue } from '../types.ts';

export interface WorldMapOptions extends ChartOptions {
  /** What the values are: figures as sources reported them (default), or counts of incidents recorded per country. */
  measure?: 'figure' | 'incidents';
}

/** Sequential single-hue ramp (colour-blind safe); the site may override each step for dark mode. */
const RAMP = ['#c6dbef', '#8cbfdd', '#4f9acb', '#2470b0', '#0b4584'];
const MAX_CLASSES = RAMP.length;

interface Classes {
  /** Lower bounds, ascending; class i is [bounds[i], bounds[i + 1]). */
  bounds: number[];
  colors: string[];
}

/** Powers-of-ten classes covering the positive values, at most five, widened by whole decades if needed. */
export function logClasses(values: readonly number[]): Classes {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return { bounds: [], colors: [] };
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  const hi = Math.floor(Math.log10(Math.max(...positive))) + 1;
  const step = Math.max(1, Math.ceil((hi - lo) / MAX_CLASSES));
  const bounds: number[] = [];
  for (let p = lo; p < hi; p += step) bounds.push(10 ** p);
  bounds.push(10 ** (lo + bounds.length * step));
  const n = bounds.length - 1;
  // Spread the used steps over the ramp so that two classes are not two neighbours of five.
  const colors = Array.from({ length: n }, (_, i) => {
    const k = n === 1 ? MAX_CLASSES - 2 : Math.round((i * (MAX_CLASSES - 1)) / (n - 1));
    return `var(--chart-seq-${k + 1}, ${RAMP[k]})`;
  });
  return { bounds, colors };
}

/** Whole-number classes for counts of incidents: lower bounds from 1, 2, 5, 10, 20, 50…, at most five, the last ending at the largest count. */
export function countClasses(values: readonly number[]): Classes {
  const max = Math.max(0, ...values.filter((v) => v > 0));
  if (max === 0) return { bounds: [], colors: [] };
  const steps: number[] = [];
  for (let p = 0; steps.length < 40; p++) for (const m of [1, 2, 5]) steps.push(m * 10 ** p);
  let bounds = steps.filter((b) => b <= max);
  while (bounds.length > MAX_CLASSES) bounds = bounds.filter((_, i) => i % 2 === 0);
  bounds.push(max + 1);
  const n = bounds.length - 1;
  const colors = Array.from({ length: n }, (_, i) => {
    const k = n === 1 ? MAX_CLASSES - 2 : Math.round((i * (MAX_CLASSES - 1)) / (n - 1));
    return `var(--chart-seq-${k + 1}, ${RAMP[k]})`;
  });
  return { bounds, colors };
}

function classOf(value: number, classes: Classes): number {
  let i = 0;
  while (i + 1 < classes.bounds.length - 1 && value >= (classes.bounds[i + 1] ?? Infinity)) i++;
  return i;
}

export function worldMap(data: readonly CountryValue[], options: WorldMapOptions): ChartResult {
  const { locale } = options;
  const s = stringsFor(locale);
  const frame = frameStart(options);
  const { width, id } = frame;
  const counting = options.measure === 'incidents';
  const rows = countryRows(data, locale);
  const table = counting
    ? { columns: [s.columns.country, s.columns.code, s.counts.mapLegend], rows: rows.map((d) => [d.name, d.code, d.value ?? '']) }
    : countryTable(rows, locale);
  const noData = counting ? s.counts.noRecord : s.noDataLegend;
  const shown = (d: { value: number | null; figure: string }) => (counting && d.value !== null ? s.counts.incidents(d.value) : d.figure);
  const head = { locale, source: options.source, defaultTitle: counting ? s.titles.mapCounts : s.titles.map, title: options.title };
  const withFigure = rows.filter((d) => d.value !== null);
  if (withFigure.length === 0) {
    const { body, bottom } = emptyBody(frame, locale);
    return { svg: frameEnd(frame, body, bottom, { ...head, desc: s.desc.empty(s.titles.map) }), table, csv: tableCsv(table) };
  }

  const classes = (counting ? countClasses : logClasses)(withFigure.map((d) => d.value ?? 0));
  const byCode = new Map(rows.map((d) => [d.code, d]));
  const world = projectWorld(width - 16);
  const onMap = new Set<string>();
  const defs = ['<defs>', nodataPattern(`${id}-nodata`, (c) => c), '</defs>'];
  const group = (top: number) => `<g transform="translate(8,${r(top)})" stroke="var(--chart-border, #ffffff)" stroke-width="0.5" stroke-linejoin="round">`;
  const shapes: string[] = [];
  for (const p of world.paths) {
    const row = p.code ? byCode.get(p.code) : undefined;
    if (p.code && row) onMap.add(p.code);
    let fill = `url(#${id}-nodata)`;
    let cls = 'nodata';
    if (row && row.value !== null) {
      if (row.value === 0) {
        fill = 'var(--chart-zero, #d4d4d4)';
        cls = 'zero';
      } else {
        const k = classOf(row.value, classes);
        fill = classes.colors[k] ?? fill;
        cls = `c${k}`;
      }
    }
    const tip = row ? `${row.name}: ${row.value === null ? noData : shown(row)}` : '';
    shapes.push(
      `<path d="${p.d}" fill="${fill}" class="${cls}"${p.code ? ` data-code="${p.code}"` : ''}>${tip ? `<title>${esc(tip)}</title>` : ''}</path>`,
    );
  }
  const parts: string[] = [...defs, group(frame.top), ...shapes, '</g>'];

  // Legend: classes, then zero (if any), then no data.
  let y = frame.top + world.height + 14;
  const countRange = (lo: number, hi: number) => (hi - 1 === lo ? formatTick(lo, locale) : `${formatTick(lo, locale)}–${formatTick(hi - 1, locale)}`);
  const legend: { fill: string; text: string; stroke?: boolean }[] = classes.colors.map((fill, i) => ({
    fill,
    text: counting
      ? countRange(classes.bounds[i] ?? 0, classes.bounds[i + 1] ?? 0)
      : `${formatTick(classes.bounds[i] ?? 0, locale)}–${formatTick(classes.bounds[i + 1] ?? 0, locale)}`,
  }));
  if (withFigure.some((d) => d.value === 0)) legend.push({ fill: 'var(--chart-zero, #d4d4d4)', text: s.zeroLegend, stroke: true });
  legend.push({ fill: `url(#${id}-nodata)`, text: noData });
  let x = 8;
  if (counting) {
    parts.push(label(s.counts.mapLegend, 8, y + 11, { size: SMALL_FONT_SIZE, weight: 'bold' }));
    y += 20;
  }
  for (const item of legend) {
    const w = 18 + textWidth(item.text, SMALL_FONT_SIZE) + 14;
    if (x > 8 && x + w > width - 8) {
      x = 8;
      y += 20;
    }
    parts.push(
      `<rect x="${r(x)}" y="${r(y)}" width="14" height="14" fill="${item.fill}" stroke="${COLOR.muted}" stroke-width="0.5"/>`,
      label(item.text, x + 18, y + 11, { size: SMALL_FONT_SIZE }),
    );
    x += w;
  }
  y += 14;

  const missing = withFigure.filter((d) => !onMap.has(d.code));
  const notes = missing.length > 0 ? [s.notOnMap + missing.map((d) => `${d.name} (${shown(d)})`).join(', ')] : [];
  for (const note of notes) {
    for (const line of wrap(note, width - 16).slice(0, 4)) {
      y += 16;
      parts.push(label(line, 8, y, { size: SMALL_FONT_SIZE, cls: 'chart-note' }));
    }
  }

  const first = withFigure[0];
  const desc = !first
    ? s.desc.empty(s.titles.map)
    : counting
      ? s.desc.mapCounts(withFigure.length, first.name, first.value ?? 0)
      : s.desc.map(withFigure.length, first.name, first.figure);
  // The picture: the same countries and colours, no words; the key, the notes and the source go to the page as text.
  const height = world.height + 16;
  const title = head.title ?? head.defaultTitle;
  const picture = {
    svg: [
      `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-picture-title ${id}-picture-desc" viewBox="0 0 ${r(width)} ${r(height)}">`,
      `<title id="${id}-picture-title">${esc(title)}</title>`,
      `<desc id="${id}-picture-desc">${esc(desc)}</desc>`,
      ...defs,
      group(8),
      ...shapes,
      '</g>',
      '</svg>',
      '',
    ].join('\n'),
    width: Math.round(width),
    height: Math.round(height),
    keyTitle: counting ? s.counts.mapLegend : undefined,
    key: legend.map((item, i) => ({ swatch: keySwatch(item.fill, `${id}-key-${i}`), text: item.text })),
    notes,
    source: `${s.sourcePrefix}${options.source}`,
  };
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc }), table, csv: tableCsv(table), picture };
}

/** The colour a drawing shows on its own: the fallback of `var(--name, #hex)`, or the colour itself. */
function plainColor(fill: string): string {
  return /^var\([^,]+,\s*([^)]+)\)$/.exec(fill)?.[1]?.trim() ?? fill;
}

/** The hatch of "no data" / "no record"; `color` turns each of its colours into the one it is drawn with. */
function nodataPattern(patternId: string, color: (c: string) => string): string {
  return [
    `<pattern id="${patternId}" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">`,
    `<rect width="4" height="4" fill="${color('var(--chart-nodata-bg, #eeeeee)')}"/><line x1="0" y1="0" x2="0" y2="4" stroke="${color('var(--chart-nodata, #9e9e9e)')}" stroke-width="1.5"/>`,
    '</pattern>',
  ].join('\n');
}

/**
 * A key entry's 14 px swatch for a page, in the picture's own colours (an image cannot see the page's
 * colour variables, so the swatch must not either); the hatch is the map's pattern under its own id.
 */
function keySwatch(fill: string, patternId: string): string {
  const hatched = fill.startsWith('url(');
  const rect = `<rect width="14" height="14" fill="${hatched ? `url(#${patternId})` : plainColor(fill)}" stroke="${plainColor(COLOR.muted)}" stroke-width="1"/>`;
  return `<svg width="14" height="14" aria-hidden="true" focusable="false">${hatched ? `<defs>${nodataPattern(patternId, plainColor)}</defs>` : ''}${rect}</svg>`;
}
