/**
 * The body shared by the overview grids (incidents per year, incidents by
 * group): a row per year or group, a column per category, and in each cell
 * the number of incidents written out, so the shade is never the only cue.
 * Zero is drawn (an outlined cell with "0"); what has no record is not drawn
 * at all, and the charts say so under the grid. A last column counts every
 * incident of the row.
 */
import { COLOR, esc, fit, fluidLabel, fluidNote, NARROW, pct, r, SMALL_FONT_SIZE, SMALL_LINE, textWidth } from '../svg.ts';
import type { CountTerm } from '../types.ts';

export interface CountGrid {
  rows: readonly CountTerm[];
  columns: readonly CountTerm[];
  /** counts[i][j]: incidents of row i and column j. */
  counts: readonly (readonly number[])[];
  /** Incidents of each row, every column together (distinct incidents, never a sum of figures). */
  totals: readonly number[];
  totalLabel: string;
}

/** A cell's height; each row is its label on a line, then its cells. */
const CELL_H = 22;
const ROW = SMALL_LINE + CELL_H + 6;
const HEADER_MAX = 230;
/** Light to dark, skipping the middle step: each class keeps 4.5:1 with the number written on it, light or dark theme. */
const FILLS = ['var(--chart-seq-1, #c6dbef)', 'var(--chart-seq-2, #8cbfdd)', 'var(--chart-seq-4, #2470b0)', 'var(--chart-seq-5, #0b4584)'];
const INKS = ['currentColor', 'currentColor', 'var(--chart-on-bar, #ffffff)', 'var(--chart-on-bar, #ffffff)'];

/** The shade class of a count: 0 to 3 in proportion to the largest count, or -1 for zero. */
export function countClass(count: number, max: number): number {
  if (count <= 0 || max <= 0) return -1;
  return Math.min(FILLS.length - 1, Math.ceil((count / max) * FILLS.length) - 1);
}

/**
 * Draws the grid of a fluid chart from `top`, then the legend lines (wrapped);
 * returns the parts and where they end. Like the data-type matrix, each row's
 * label sits on its own line above its cells, and the columns share the
 * width (a percentage each): text keeps the page's size at any width, and
 * at the narrowest column (NARROW) a dozen columns still fit.
 */
export function countGrid(grid: CountGrid, o: { top: number; legend: readonly string[] }): { parts: string[]; bottom: number } {
  const { top } = o;
  const n = grid.columns.length;
  const inset = 8 / NARROW;
  // The total column comes last, after a rule.
  const centre = (j: number) => inset + ((j + 0.5) * (1 - 2 * inset)) / (n + 1);
  const cellWidth = Math.max(12, Math.min(44, (NARROW - 16) / (n + 1) - 3));
  const headers = [...grid.columns.map((c) => c.label), grid.totalLabel];
  const headerHeight = Math.min(HEADER_MAX, Math.max(...headers.map((h) => textWidth(h, SMALL_FONT_SIZE))) + 8);
  const max = Math.max(0, ...grid.counts.flat());
  const parts: string[] = [];

  headers.forEach((h, j) => {
    const text = fit(h, HEADER_MAX - 8, SMALL_FONT_SIZE);
    const weight = j < n ? '' : ' font-weight="bold"';
    parts.push(
      `<svg x="${pct(centre(j))}" y="${r(top + headerHeight)}" overflow="visible"><text transform="rotate(-90)" y="5" font-size="${SMALL_FONT_SIZE}"${weight}>${text === h ? '' : `<title>${esc(h)}</title>`}${esc(text)}</text></svg>`,
    );
  });
  const gridTop = top + headerHeight + 8;
  const cellY = (i: number) => gridTop + i * ROW + SMALL_LINE + 3;
  grid.rows.forEach((row, i) => {
    parts.push(fluidLabel(row.label, 8, gridTop + i * ROW + SMALL_FONT_SIZE, (w) => w - 16, { size: SMALL_FONT_SIZE }));
  });
  const cell = (count: number, tip: string, bold: boolean, i: number) => {
    const k = bold ? -2 : countClass(count, max);
    const y = cellY(i);
    const box =
      k === -2
        ? ''
        : k < 0
          ? `<rect x="${r(-cellWidth / 2 + 0.5)}" y="${r(y + 0.5)}" width="${r(cellWidth - 1)}" height="${CELL_H - 1}" fill="none" stroke="${COLOR.muted}" stroke-opacity="0.5"/>`
          : `<rect x="${r(-cellWidth / 2)}" y="${r(y)}" width="${r(cellWidth)}" height="${CELL_H}" fill="${FILLS[k]}"/>`;
    const ink = k === -2 ? undefined : k < 0 ? COLOR.muted : INKS[k];
    const fill = ink && ink !== 'currentColor' ? ` fill="${ink}"` : '';
    return `<g class="cell c${k === -2 ? 't' : k < 0 ? 'z' : k}"><title>${esc(tip)}</title>${box}<text y="${r(y + CELL_H / 2 + 5)}" text-anchor="middle" font-size="${SMALL_FONT_SIZE}"${bold ? ' font-weight="bold"' : ''}${fill}>${count}</text></g>`;
  };
  // One nested <svg> per column, at its centre, holds the column's cells.
  grid.columns.forEach((col, j) => {
    const cells = grid.rows.map((row, i) => {
      const count = grid.counts[i]?.[j] ?? 0;
      return cell(count, `${row.label}, ${col.label}: ${count}`, false, i);
    });
    parts.push(`<svg x="${pct(centre(j))}" overflow="visible" class="chart-col">${cells.join('')}</svg>`);
  });
  const totals = grid.rows.map((row, i) => cell(grid.totals[i] ?? 0, `${row.label}, ${grid.totalLabel}: ${grid.totals[i] ?? 0}`, true, i));
  parts.push(`<svg x="${pct(centre(n))}" overflow="visible" class="chart-col">${totals.join('')}</svg>`);
  let y = gridTop + grid.rows.length * ROW;
  const rule = n > 0 ? (centre(n - 1) + centre(n)) / 2 : inset;
  parts.push(`<line x1="${pct(rule)}" y1="${r(gridTop)}" x2="${pct(rule)}" y2="${r(y)}" stroke="currentColor" stroke-opacity="0.5"/>`);
  for (const text of o.legend) {
    const note = fluidNote(text, y + SMALL_LINE, 'chart-note');
    parts.push(note.svg);
    y = note.last;
  }
  return { parts, bottom: y };
}
