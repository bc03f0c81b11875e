/**
 * Small multiples of one figure at two dates (or more): a panel per country
 * and measure, each holding one source's figures, oldest date first, as
 * horizontal bars labelled with the figure as reported and its date. Panels
 * of the same measure share a scale, so their bars compare; different
 * measures never share one. Which figures qualify (the same source, metric
 * and country at two dates) is the caller's rule; the chart draws what it is given.
 */
import { parsePartialDate } from '@atlas/schema';
import { formatPartialDate, formatQualified, qualifierLabel } from '../format.ts';
import { andList } from '../intl.ts';
import { chartStart, COLOR, countryName, emptyBody, esc, FONT_SIZE, fluidLabel, fluidNote, frameEnd, isFigure, label, NARROW, pct, r, SMALL_FONT_SIZE, SMALL_LINE, tableCsv, textWidth, wrap } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, DatedValue, PairedSeries } from '../types.ts';

export type PairedFiguresOptions = ChartOptions;

/** A dated bar: its date on a line, then the bar with its figure beside it. */
const POINT = 46;
const BAR = 14;

const when = (d: DatedValue) => parsePartialDate(d.asOf)?.start.getTime() ?? 0;

export function pairedFigures(data: readonly PairedSeries[], options: PairedFiguresOptions): ChartResult {
  const { locale, s, frame, sorter } = chartStart(options, true);
  const c = s.columns;
  const head = { locale, source: options.source, defaultTitle: s.titles.paired, title: options.title };
  const panels = data
    .map((d) => ({
      ...d,
      code: d.country.toUpperCase(),
      name: d.label ?? countryName(d.country, locale),
      points: d.points.filter((p) => isFigure(p.value)).sort((a, b) => when(a) - when(b) || (a.asOf < b.asOf ? -1 : 1)),
    }))
    .filter((d) => d.points.length > 0)
    .sort((a, b) => sorter.compare(a.measure, b.measure) || sorter.compare(a.name, b.name) || sorter.compare(a.source, b.source));
  const columns = [c.country, c.code, s.counts.measure, c.source, c.asOf, c.value, c.qualifier, c.figure];
  const rowsWith = (date: (p: DatedValue) => string) =>
    panels.flatMap((d) =>
      d.points.map((p) => [d.name, d.code, d.measure, d.source, date(p), p.value, qualifierLabel(p.qualifier, locale), formatQualified(p.value, p.qualifier, locale)]),
    );
  const table: ChartTable = { columns, rows: rowsWith((p) => formatPartialDate(p.asOf, locale)) };
  // The CSV keeps ISO partial dates: they sort, and they carry their precision.
  const csv = tableCsv({ columns, rows: rowsWith((p) => p.asOf) });
  if (panels.length === 0) {
    const { body, bottom } = emptyBody(frame, locale);
    return { svg: frameEnd(frame, body, bottom, { ...head, desc: s.desc.empty(s.titles.paired) }), table, csv };
  }

  // Fluid, one panel under another: bars are a share of the width, text keeps the page's size, and
  // the room for the longest figure label of a measure is kept at the narrowest column (NARROW).
  const scales = new Map<string, { max: number; room: number }>();
  for (const d of panels) {
    const sc = scales.get(d.metric) ?? { max: 0, room: 0 };
    for (const p of d.points) {
      sc.max = Math.max(sc.max, p.value);
      sc.room = Math.max(sc.room, textWidth(formatQualified(p.value, p.qualifier, locale), SMALL_FONT_SIZE) + 6);
    }
    scales.set(d.metric, sc);
  }
  const x0 = 8 / NARROW;
  const parts: string[] = [];
  let top = frame.top;
  for (const d of panels) {
    const sc = scales.get(d.metric) ?? { max: 1, room: 0 };
    const barMax = Math.max(20, NARROW - 16 - Math.min(sc.room, (NARROW - 16) * 0.6)) / NARROW;
    const share = (v: number) => (sc.max > 0 ? (v / sc.max) * barMax : 0);
    const g: string[] = [`<g class="chart-panel" data-code="${d.code}">`, fluidLabel(d.name, 8, top + FONT_SIZE, (w) => w - 16, { weight: 'bold' })];
    let y = top + FONT_SIZE;
    for (const line of wrap(`${d.measure} · ${d.source}`, NARROW - 16, SMALL_FONT_SIZE)) {
      y += SMALL_LINE;
      g.push(label(line, 8, y, { size: SMALL_FONT_SIZE, fill: COLOR.muted }));
    }
    y += 6;
    const first = y;
    for (const p of d.points) {
      const figure = formatQualified(p.value, p.qualifier, locale);
      const w = Math.max(1 / NARROW, share(p.value));
      g.push(
        '<g class="chart-bar">',
        `<title>${esc(`${figure}, ${formatPartialDate(p.asOf, locale)}`)}</title>`,
        label(formatPartialDate(p.asOf, locale), 8, y + SMALL_FONT_SIZE, { size: SMALL_FONT_SIZE }),
        `<rect x="${pct(x0)}" y="${r(y + 24)}" width="${pct(w)}" height="${BAR}" fill="${COLOR.bar}"/>`,
        `<text x="${pct(x0 + w)}" dx="6" y="${r(y + 24 + BAR - 2)}" font-size="${SMALL_FONT_SIZE}" class="chart-value">${esc(figure)}</text>`,
        '</g>',
      );
      y += POINT;
    }
    g.push(`<line x1="${pct(x0)}" y1="${r(first + 14)}" x2="${pct(x0)}" y2="${r(y)}" stroke="currentColor"/>`, '</g>');
    parts.push(...g);
    top = y + 12;
  }
  const note = fluidNote(s.counts.pairedNote, top + SMALL_LINE - 4, 'chart-note');
  parts.push(note.svg);
  const y = note.last;
  const dates = [...new Set(panels.flatMap((d) => d.points.map((p) => formatPartialDate(p.asOf, locale))))];
  const list = andList(locale).format(dates);
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc: s.desc.paired(panels.length, list) }), table, csv };
}
