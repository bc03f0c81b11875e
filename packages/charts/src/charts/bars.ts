
import { countryRows, countryTable } from '../country-rows.ts';
import { stringsFor } from '../strings.ts';
import { COLOR, emptyBody, esc, FONT_SIZE, fluidLabel, fluidNote, frameEnd, frameStart, LINE, NARROW, pct, r, SMALL_LINE, tableCsv, textWidth } from '../svg.ts';
import type { ChartOptions, ChartResult, CountryValue } from '../types.ts';

export interface BarsOptions extends ChartOptions {
  /** How many countries get a bar (default 10); the rest are counted in one line. */
  top?: number;
}

const BAR = 16;
/** A row: the country's name, then its bar. */
const ROW = LINE + BAR + 12;

export function barsByCountry(data: readonly CountryValue[], options: BarsOptions): ChartResult {
  const s = stringsFor(options.locale);
  const frame = frameStart({ ...options, fluid: true });
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

  // Fluid: a bar starts 8 px from the left and is a percentage of the width long; the longest reaches
  // 8 px short of the right edge in the narrowest column. Labels are placed for NARROW, so they fit wider.
  const x0 = 8;
  const full = (NARROW - 16) / NARROW;
  const max = Math.max(0, ...shown.map((d) => d.value ?? 0));
  const frac = (v: number) => (max > 0 ? (v / max) * full : 0);

  const parts: string[] = [];
  let y = frame.top + 4;
  for (const d of shown) {
    const value = d.value ?? 0;
    const f = frac(value);
    const barPx = f * NARROW;
    const tw = textWidth(d.figure);
    const by = y + LINE + 4;
    const ty = by + BAR / 2 + 6;
    // The figure after the bar, else inside its end, else on a line of its own under the bar.
    let figure: string;
    let height = ROW;
    if (x0 + barPx + 6 + tw <= NARROW - 4) figure = `<text x="${pct(f)}" y="${r(ty)}" dx="${r(x0 + 6)}" class="chart-value">${esc(d.figure)}</text>`;
    else if (barPx >= tw + 12) figure = `<text x="${pct(f)}" y="${r(ty)}" dx="${r(x0 - 6)}" text-anchor="end" fill="var(--chart-on-bar, #ffffff)" class="chart-value">${esc(d.figure)}</text>`;
    else {
      figure = fluidLabel(d.figure, x0 + 6, by + BAR + FONT_SIZE + 2, (w) => w - 22, { cls: "chart-value" });
      height += LINE;
    }
    parts.push(
      `<g class="chart-bar" data-code="${d.code}">`,
      fluidLabel(d.name, x0, y + FONT_SIZE, (w) => w - 16),
      // The baseline, under the bar only (not through the name above it).
      `<line x1="${x0}" y1="${r(by - 2)}" x2="${x0}" y2="${r(by + BAR + 2)}" stroke="currentColor"/>`,
      value > 0 ? `<rect x="${x0}" y="${r(by)}" width="${pct(f)}" height="${BAR}" fill="${COLOR.bar}"/>` : '',
      figure,
      '</g>',
    );
    y += height;
  }
  const notes = [others > 0 ? s.otherCountries(others) : '', withoutFigure > 0 ? s.countriesWithoutFigure(withoutFigure) : ''];
  for (const note of notes.filter(Boolean)) {
    const n = fluidNote(note, y + SMALL_LINE);
    parts.push(n.svg);
    y = n.last + 6;
  }

  const first = shown[0];
  const desc = first
    ? s.desc.bars(withFigure.length, first.name, first.figure) +
      (withoutFigure > 0 ? ` ${s.countriesWithoutFigure(withoutFigure)}.` : '')
    : `${s.desc.empty(s.titles.bars)} ${s.countriesWithoutFigure(withoutFigure)}.`;
  const svg = frameEnd(frame, parts.join('\n'), y, { ...head, desc });
  return { svg, table, csv: tableCsv(table) };
}
