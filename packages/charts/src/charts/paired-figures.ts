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
import { chartStart, COLOR, countryName, emptyBody, esc, FONT_SIZE, frameEnd, isFigure, label, r, SMALL_FONT_SIZE, tableCsv, textWidth, wrap } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, DatedValue, PairedSeries } from '../types.ts';

export type PairedFiguresOptions = ChartOptions;

const PANEL_MIN = 180;
const GAP = 16;
const POINT = 40;
const BAR = 14;

const when = (d: DatedValue) => parsePartialDate(d.asOf)?.start.getTime() ?? 0;

export function pairedFigures(data: readonly PairedSeries[], options: PairedFiguresOptions): ChartResult {
  const { locale, s, frame, width, sorter } = chartStart(options);
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

  const cols = Math.max(1, Math.min(panels.length, Math.floor((width - 16 + GAP) / (PANEL_MIN + GAP))));
  const panelWidth = (width - 16 - (cols - 1) * GAP) / cols;
  // One scale per measure: the largest value of its panels, and room for the longest label among them.
  const scales = new Map<string, { max: number; room: number }>();
  for (const d of panels) {
    const sc = scales.get(d.metric) ?? { max: 0, room: 0 };
    for (const p of d.points) {
      sc.max = Math.max(sc.max, p.value);
      sc.room = Math.max(sc.room, textWidth(formatQualified(p.value, p.qualifier, locale), SMALL_FONT_SIZE) + 6);
    }
    scales.set(d.metric, sc);
  }
  const parts: string[] = [];
  let top = frame.top;
  for (let start = 0; start < panels.length; start += cols) {
    const row = panels.slice(start, start + cols);
    let rowBottom = top;
    row.forEach((d, k) => {
      const x0 = 8 + k * (panelWidth + GAP);
      const sc = scales.get(d.metric) ?? { max: 1, room: 0 };
      const barMax = Math.max(20, panelWidth - Math.min(sc.room, panelWidth * 0.6));
      const scale = (v: number) => (sc.max > 0 ? (v / sc.max) * barMax : 0);
      const g: string[] = [`<g class="chart-panel" data-code="${d.code}">`, label(d.name, x0, top + FONT_SIZE, { weight: 'bold', maxWidth: panelWidth })];
      let y = top + FONT_SIZE;
      for (const line of wrap(`${d.measure} · ${d.source}`, panelWidth).slice(0, 3)) {
        y += 16;
        g.push(label(line, x0, y, { size: SMALL_FONT_SIZE, fill: COLOR.muted }));
      }
      y += 6;
      for (const p of d.points) {
        const figure = formatQualified(p.value, p.qualifier, locale);
        const end = x0 + Math.max(1, scale(p.value));
        g.push(
          '<g class="chart-bar">',
          `<title>${esc(`${figure}, ${formatPartialDate(p.asOf, locale)}`)}</title>`,
          label(formatPartialDate(p.asOf, locale), x0, y + SMALL_FONT_SIZE, { size: SMALL_FONT_SIZE, maxWidth: panelWidth }),
          `<rect x="${r(x0)}" y="${r(y + 18)}" width="${r(end - x0)}" height="${BAR}" fill="${COLOR.bar}"/>`,
          label(figure, end + 6, y + 18 + BAR - 2, { size: SMALL_FONT_SIZE, maxWidth: Math.max(20, x0 + panelWidth - end - 6) }),
          '</g>',
        );
        y += POINT;
      }
      g.push(`<line x1="${r(x0)}" y1="${r(y - d.points.length * POINT + 14)}" x2="${r(x0)}" y2="${r(y)}" stroke="currentColor"/>`, '</g>');
      parts.push(...g);
      rowBottom = Math.max(rowBottom, y);
    });
    top = rowBottom + 12;
  }
  let y = top - 4;
  for (const line of wrap(s.counts.pairedNote, width - 16)) {
    y += 16;
    parts.push(label(line, 8, y, { size: SMALL_FONT_SIZE, cls: 'chart-note' }));
  }
  const dates = [...new Set(panels.flatMap((d) => d.points.map((p) => formatPartialDate(p.asOf, locale))))];
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(dates);
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc: s.desc.paired(panels.length, list) }), table, csv };
}
