/**
 * The body shared by the overview grids (incidents per year, incidents by
 * group): a row per year or group, a column per category, and in each cell
 * the number of incidents written out, so the shade is never the only cue.
 * Zero is drawn (an outlined cell with "0"); what has no record is not drawn
 * at all, and the charts say so under the grid. A last column counts every
 * incident of the row.
 */
import { COLOR, esc, fit, label, r, SMALL_FONT_SIZE, textWidth, wrap } from '../svg.ts';
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

const ROW = 24;
const HEADER_MAX = 230;
/** Light to dark, skipping the middle step: each class keeps 4.5:1 with the number written on it, light or dark theme. */
const FILLS = ['var(--chart-seq-1, #c6dbef)', 'var(--chart-seq-2, #8cbfdd)', 'var(--chart-seq-4, #2470b0)', 'var(--chart-seq-5, #0b4584)'];
const INKS = ['currentColor', 'currentColor', 'var(--chart-on-bar, #ffffff)', 'var(--chart-on-bar, #ffffff)'];

/** The shade class of a count: 0 to 3 in proportion to the largest count, or -1 for zero. */
export function countClass(count: number, max: number): number {
  if (count <= 0 || max <= 0) return -1;
  return Math.min(FILLS.length - 1, Math.ceil((count / max) * FILLS.length) - 1);
}

/** Draws the grid from `top`, then the legend line `legend` (wrapped); returns the parts and where they end. */
export function countGrid(
  grid: CountGrid,
  o: { top: number; width: number; legend: readonly string[]; labelShare?: number },
): { parts: string[]; bottom: number } {
  const { top, width } = o;
  const n = grid.columns.length;
  const labelWidth = Math.min(width * (o.labelShare ?? 0.34), Math.max(0, ...grid.rows.map((d) => textWidth(d.label, SMALL_FONT_SIZE))) + 8);
  const gap = 6;
  const colWidth = Math.max(14, Math.min(48, (width - 8 - labelWidth - gap - 8) / (n + 1)));
  const x0 = 8 + labelWidth;
  const xTotal = x0 + n * colWidth + gap;
  const headers = [...grid.columns.map((c) => c.label), grid.totalLabel];
  const headerHeight = Math.min(HEADER_MAX, Math.max(...headers.map((h) => textWidth(h, SMALL_FONT_SIZE))) + 8);
  const max = Math.max(0, ...grid.counts.flat());
  const parts: string[] = [];

  headers.forEach((h, j) => {
    const cx = (j < n ? x0 + j * colWidth : xTotal) + colWidth / 2;
    const text = fit(h, HEADER_MAX - 8, SMALL_FONT_SIZE);
    const weight = j < n ? '' : ' font-weight="bold"';
    parts.push(
      `<text transform="translate(${r(cx + 4)},${r(top + headerHeight)}) rotate(-90)" font-size="${SMALL_FONT_SIZE}"${weight}>${text === h ? '' : `<title>${esc(h)}</title>`}${esc(text)}</text>`,
    );
  });
  const gridTop = top + headerHeight + 6;
  grid.rows.forEach((row, i) => {
    const y = gridTop + i * ROW;
    const cells = grid.columns.map((col, j) => {
      const count = grid.counts[i]?.[j] ?? 0;
      const k = countClass(count, max);
      const x = x0 + j * colWidth;
      const tip = `<title>${esc(`${row.label}, ${col.label}: ${count}`)}</title>`;
      const box =
        k < 0
          ? `<rect x="${r(x + 1.5)}" y="${r(y + 1.5)}" width="${r(colWidth - 3)}" height="${ROW - 3}" fill="none" stroke="${COLOR.muted}" stroke-opacity="0.5"/>`
          : `<rect x="${r(x + 1)}" y="${r(y + 1)}" width="${r(colWidth - 2)}" height="${ROW - 2}" fill="${FILLS[k]}"/>`;
      const ink = k < 0 ? COLOR.muted : (INKS[k] ?? 'currentColor');
      return `<g class="cell c${k < 0 ? 'z' : k}">${tip}${box}${label(String(count), x + colWidth / 2, y + ROW / 2 + 4, { size: SMALL_FONT_SIZE, anchor: 'middle', fill: ink === 'currentColor' ? undefined : ink })}</g>`;
    });
    parts.push(
      '<g class="chart-row">',
      label(row.label, 8, y + ROW / 2 + 4, { size: SMALL_FONT_SIZE, maxWidth: labelWidth - 8 }),
      ...cells,
      label(String(grid.totals[i] ?? 0), xTotal + colWidth / 2, y + ROW / 2 + 4, { size: SMALL_FONT_SIZE, anchor: 'middle', weight: 'bold' }),
      '</g>',
    );
  });
  let y = gridTop + grid.rows.length * ROW;
  parts.push(`<line x1="${r(xTotal - gap / 2)}" y1="${r(gridTop)}" x2="${r(xTotal - gap / 2)}" y2="${r(y)}" stroke="currentColor" stroke-opacity="0.5"/>`);
  y += 4;
  for (const text of o.legend) {
    for (const line of wrap(text, width - 16)) {
      y += 16;
      parts.push(label(line, 8, y, { size: SMALL_FONT_SIZE, cls: 'chart-note' }));
    }
  }
  return { parts, bottom: y };
}
