/**
 * Horizontal bars of one figure per country, largest first, each labelled
 * with its figure as reported ("more than 2.6 million"). Beyond the top N the
 * other countries are counted, never summed: adding figures from different
 * sources and dates would make a number nobody reported.
 */
import { scaleLinear } from 'd3-scale';
import { countryRows, countryTable } from '../country-rows.ts';
import { stringsFor } from '../strings.ts';
import { COLOR, emptyBody, FONT_SIZE, frameEnd, frameStart, label, r, textWidth, tableCsv } from '../svg.ts';
import type { ChartOptions, ChartResult, CountryValue } from '../types.ts';

export interface BarsOptions extends ChartOptions {
  /** How many countries get a bar (default 10); the rest are counted in one line. */
  top?: number;
}

const ROW = 40;
const BAR = 14;

export function barsByCountry(data: readonly CountryValue[], options: BarsOptions): ChartResult {
  const s = stringsFor(options.locale);
  const frame = frameStart(options);
  const { width } = frame;
  const rows = countryRows(data, options.locale);
  const table = countryTable(rows, options.locale);
  const withFigure = rows.filter((d) => d.value !== null);
  const top = Math.max(1, Math.floor(options.top ?? 10));
  const shown = withFigure.slice(0, top);
  const others = withFigure.length - shown.length;
  const withoutFigure = rows.length - withFigure.length;

  const head = { locale: options.locale, source: options.source, defaultTitle: s.titles.bars, title: options.title };
  if (rows.length === 0) {
    const { body, bottom } = emptyBody(frame, options.locale);
    return { svg: frameEnd(frame, body, bottom, { ...head, desc: s.desc.empty(s.titles.bars) }), table, csv: tableCsv(table) };
  }

  const x0 = 8;
  const labelRoom = Math.max(0, ...shown.map((d) => textWidth(d.figure))) + 10;
  const xMax = Math.max(x0 + 40, width - 8 - Math.min(labelRoom, width * 0.55));
  const max = Math.max(0, ...shown.map((d) => d.value ?? 0));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([x0, xMax]);

  const parts: string[] = [];
  let y = frame.top + 4;
  for (const d of shown) {
    const value = d.value ?? 0;
    const end = x(value);
    parts.push(
      `<g class="chart-bar" data-code="${d.code}">`,
      label(d.name, x0, y + FONT_SIZE, { maxWidth: width - 16 }),
      value > 0
        ? `<rect x="${r(x0)}" y="${r(y + 20)}" width="${r(Math.max(1, end - x0))}" height="${BAR}" fill="${COLOR.bar}"/>`
        : '',
      label(d.figure, Math.max(end, x0) + 6, y + 20 + BAR - 2, { maxWidth: width - 2 - (Math.max(end, x0) + 6) }),
      '</g>',
    );
    y += ROW;
  }
  if (shown.length > 0) {
    parts.unshift(
      `<line x1="${r(x0)}" y1="${r(frame.top)}" x2="${r(x0)}" y2="${r(y)}" stroke="currentColor" stroke-width="1"/>`,
    );
  }
  const notes = [others > 0 ? s.otherCountries(others) : '', withoutFigure > 0 ? s.countriesWithoutFigure(withoutFigure) : ''];
  for (const note of notes.filter(Boolean)) {
    y += 6;
    parts.push(label(note, x0, y + FONT_SIZE, { maxWidth: width - 16, fill: COLOR.muted, cls: 'chart-note' }));
    y += 20;
  }

  const first = shown[0];
  const desc = first
    ? s.desc.bars(withFigure.length, first.name, first.figure) +
      (withoutFigure > 0 ? ` ${s.countriesWithoutFigure(withoutFigure)}.` : '')
    : `${s.desc.empty(s.titles.bars)} ${s.countriesWithoutFigure(withoutFigure)}.`;
  const svg = frameEnd(frame, parts.join('\n'), y, { ...head, desc });
  return { svg, table, csv: tableCsv(table) };
}
