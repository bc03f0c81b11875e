/**
 * When each incident began, was discovered, secured and made public, on one
 * time axis. Each event has its own shape as well as colour. A date known
 * only to the month or year is placed at the start of its period, with a
 * line across the whole period, so it never looks more precise than it is.
 */
import { parsePartialDate } from '@atlas/schema';
import { scaleUtc } from 'd3-scale';
import { formatPartialDate } from '../format.ts';
import { dtf } from '../intl.ts';
import { stringsFor, type TimelineEvent } from '../strings.ts';
import { COLOR, emptyBody, fluidAxis, fluidGrid, fluidLabel, fluidNote, frameEnd, frameStart, label, NARROW, pct, r, SMALL_FONT_SIZE, SMALL_LINE, tableCsv, textWidth, wrap } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, TimelineIncident } from '../types.ts';

export interface TimelineOptions extends ChartOptions {
  /** How many incidents get a row (default 30); all are in the table. */
  limit?: number;
}

export const TIMELINE_EVENTS: readonly TimelineEvent[] = ['occurred', 'discovered', 'secured', 'made_public'];

const EVENT_COLOR: Record<TimelineEvent, string> = {
  occurred: 'var(--chart-event-occurred, #0072B2)',
  discovered: 'var(--chart-event-discovered, #D55E00)',
  secured: 'var(--chart-event-secured, #009E73)',
  made_public: 'var(--chart-event-public, #CC79A7)',
};

/** Circle, diamond, square, triangle: distinguishable without colour. */
export function eventShape(event: TimelineEvent, x: number, y: number): string {
  const fill = EVENT_COLOR[event];
  switch (event) {
    case 'occurred':
      return `<circle cx="${r(x)}" cy="${r(y)}" r="4.5" fill="${fill}"/>`;
    case 'discovered':
      return `<path d="M${r(x)},${r(y - 6)}L${r(x + 6)},${r(y)}L${r(x)},${r(y + 6)}L${r(x - 6)},${r(y)}Z" fill="${fill}"/>`;
    case 'secured':
      return `<rect x="${r(x - 4)}" y="${r(y - 4)}" width="8" height="8" fill="${fill}"/>`;
    case 'made_public':
      return `<path d="M${r(x)},${r(y - 6)}L${r(x + 5.5)},${r(y + 4)}L${r(x - 5.5)},${r(y + 4)}Z" fill="${fill}"/>`;
  }
}

/** A row: the incident's name, then its marks. */
const ROW = SMALL_LINE + 22;

export function timeline(data: readonly TimelineIncident[], options: TimelineOptions): ChartResult {
  const { locale } = options;
  const s = stringsFor(locale);
  const frame = frameStart({ ...options, fluid: true });
  const head = { locale, source: options.source, defaultTitle: s.titles.timeline, title: options.title };
  const columns = [s.columns.incident, ...TIMELINE_EVENTS.map((e) => s.events[e])];
  const table: ChartTable = {
    columns,
    rows: data.map((d) => [
      d.label,
      ...TIMELINE_EVENTS.map((e) => {
        const v = d.dates[e];
        return v ? formatPartialDate(v, locale) : '';
      }),
    ]),
  };
  // The CSV keeps ISO partial dates: they sort, and they carry their precision.
  const csv = tableCsv({ columns, rows: data.map((d) => [d.label, ...TIMELINE_EVENTS.map((e) => d.dates[e] ?? '')]) });

  const limit = Math.max(1, Math.floor(options.limit ?? 30));
  const shown = data.slice(0, limit);
  const periods = shown.flatMap((d) => TIMELINE_EVENTS.flatMap((e) => (d.dates[e] ? [parsePartialDate(d.dates[e] ?? '')] : [])));
  const valid = periods.filter((p): p is NonNullable<typeof p> => p !== null);
  if (valid.length === 0) {
    const { body, bottom } = emptyBody(frame, locale);
    return { svg: frameEnd(frame, body, bottom, { ...head, desc: s.desc.empty(s.titles.timeline) }), table, csv };
  }
  const t0 = new Date(Math.min(...valid.map((p) => p.start.getTime())));
  const t1 = new Date(Math.max(...valid.map((p) => p.end.getTime())));
  // Fluid: positions are fractions of the width, inset so a mark (6 px) and an edge tick label fit at NARROW.
  const x = scaleUtc()
    .domain([t0, t1])
    .range([16 / NARROW, 1 - 16 / NARROW])
    .nice();
  const ticks = x.ticks(Math.max(2, Math.floor(NARROW / 90)));
  const yearly = ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
  const tickFormat = yearly
    ? dtf(locale, 'year', { year: 'numeric', timeZone: 'UTC' })
    : dtf(locale, 'short-month', { year: '2-digit', month: 'short', timeZone: 'UTC' });

  const parts: string[] = [];
  const top = frame.top;
  const bottom = top + shown.length * ROW;
  parts.push(...fluidGrid(ticks, x, top, bottom));
  shown.forEach((d, i) => {
    const y = top + i * ROW;
    const cy = y + SMALL_LINE + 11;
    const marks: string[] = [];
    for (const e of TIMELINE_EVENTS) {
      const raw = d.dates[e];
      const p = raw ? parsePartialDate(raw) : null;
      if (!p) continue;
      const xs = x(p.start);
      if (p.precision !== 'day') {
        marks.unshift(
          `<line x1="${pct(xs)}" y1="${r(cy)}" x2="${pct(x(p.end))}" y2="${r(cy)}" stroke="${EVENT_COLOR[e]}" stroke-width="3" stroke-opacity="0.55" stroke-linecap="round"/>`,
        );
      }
      marks.push(`<g class="ev-${e}"><title>${s.events[e]}: ${formatPartialDate(raw ?? '', locale)}</title><svg x="${pct(xs)}" overflow="visible">${eventShape(e, 0, cy)}</svg></g>`);
    }
    parts.push('<g class="chart-row">', fluidLabel(d.label, 8, y + SMALL_FONT_SIZE, (w) => w - 16, { size: SMALL_FONT_SIZE }), ...marks, '</g>');
  });
  parts.push(...fluidAxis(ticks, x, (t) => tickFormat.format(t), x.range()[0] ?? 0, x.range()[1] ?? 1, bottom));
  // Legend: the four shapes, then the period line.
  let y = bottom + 5 + SMALL_FONT_SIZE + 2 + 26;
  let lx = 8;
  for (const e of TIMELINE_EVENTS) {
    const w = 14 + textWidth(s.events[e], SMALL_FONT_SIZE) + 14;
    if (lx > 8 && lx + w > NARROW - 8) {
      lx = 8;
      y += 20;
    }
    parts.push(eventShape(e, lx + 6, y - 4), label(s.events[e], lx + 16, y, { size: SMALL_FONT_SIZE }));
    lx += w;
  }
  y += 20;
  parts.push(
    `<line x1="8" y1="${r(y - 4)}" x2="30" y2="${r(y - 4)}" stroke="${COLOR.muted}" stroke-width="3" stroke-opacity="0.55" stroke-linecap="round"/>`,
  );
  // A legend is wrapped, never shortened, to the narrowest column.
  wrap(s.partialDateLegend, NARROW - 44, SMALL_FONT_SIZE).forEach((line, i) => {
    if (i > 0) y += SMALL_LINE;
    parts.push(label(line, 36, y, { size: SMALL_FONT_SIZE }));
  });
  if (data.length > shown.length) {
    const n = fluidNote(s.moreIncidents(data.length - shown.length), y + SMALL_LINE + 2);
    parts.push(n.svg);
    y = n.last;
  }

  const yearOf = dtf(locale, 'year', { year: 'numeric', timeZone: 'UTC' });
  const desc = s.desc.timeline(data.length, yearOf.format(t0), yearOf.format(new Date(t1.getTime() - 1)));
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc }), table, csv };
}
