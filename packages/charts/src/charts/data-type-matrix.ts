/**
 * Incidents (rows) by data type (columns): which incidents exposed faces,
 * intimate photos, medical images or identity, at a glance. An exposed type
 * is a filled square with a tick, an absent one an empty outline, so the
 * matrix does not rely on colour.
 */
import { DATA_TYPE_CATEGORIES, DATA_TYPES } from '@atlas/schema';
import { stringsFor } from '../strings.ts';
import { COLOR, emptyBody, esc, fit, fluidLabel, fluidNote, frameEnd, frameStart, NARROW, pct, r, SMALL_FONT_SIZE, SMALL_LINE, tableCsv, textWidth } from '../svg.ts';
import type { ChartOptions, ChartResult, ChartTable, IncidentDataTypes } from '../types.ts';

export interface DataTypeMatrixOptions extends ChartOptions {
  /**
   * The columns, each a data-type id ("face-photos") or a category id
   * ("identity": any data type in it). Default: DEFAULT_MATRIX_COLUMNS.
   */
  columns?: readonly string[];
  /** How many incidents get a row (default 30); all are in the table. */
  limit?: number;
}

/** The four types the atlas is about first, then every category, so nothing exposed is left out. */
export const DEFAULT_MATRIX_COLUMNS: readonly string[] = [
  'face-photos',
  'intimate-body-photos',
  'patient-media',
  'medical-images',
  'medical',
  'identity',
  'contact',
  'financial',
  'care-provider',
  'credentials',
];

interface Column {
  id: string;
  label: string;
  /** The data-type ids that tick this column. */
  types: Set<string>;
}

function resolveColumns(ids: readonly string[], locale: ChartOptions['locale']): Column[] {
  return ids.flatMap((id) => {
    const category = DATA_TYPE_CATEGORIES.find((c) => c.id === id);
    if (category) {
      const types = new Set<string>(DATA_TYPES.filter((t) => t.category === id).map((t) => t.id));
      return [{ id, label: category.label[locale], types }];
    }
    const type = DATA_TYPES.find((t) => t.id === id);
    return type ? [{ id, label: type.label[locale], types: new Set([id]) }] : [];
  });
}

/** The side of a cell, in px. */
const CELL = 18;
/** A row: the incident's name, then its cells, one per column across the width. */
const ROW = SMALL_LINE + CELL + 8;
const HEADER_MAX = 240;

export function dataTypeMatrix(data: readonly IncidentDataTypes[], options: DataTypeMatrixOptions): ChartResult {
  const { locale } = options;
  const s = stringsFor(locale);
  const frame = frameStart({ ...options, fluid: true });
  const columns = resolveColumns(options.columns ?? DEFAULT_MATRIX_COLUMNS, locale);
  // One pass over the data: which columns each incident ticks.
  const ticks = new Map<IncidentDataTypes, boolean[]>(
    data.map((d) => [d, columns.map((c) => d.dataTypes.some((t) => c.types.has(t)))]),
  );
  const has = (d: IncidentDataTypes, j: number) => ticks.get(d)?.[j] === true;
  const table: ChartTable = {
    columns: [s.columns.incident, ...columns.map((c) => c.label)],
    rows: data.map((d) => [d.label, ...columns.map((_, j) => (has(d, j) ? s.yes : s.no))]),
  };
  const head = { locale, source: options.source, defaultTitle: s.titles.matrix, title: options.title };
  if (data.length === 0 || columns.length === 0) {
    const { body, bottom } = emptyBody(frame, locale);
    return { svg: frameEnd(frame, body, bottom, { ...head, desc: s.desc.empty(s.titles.matrix) }), table, csv: tableCsv(table) };
  }

  const limit = Math.max(1, Math.floor(options.limit ?? 30));
  const shown = data.slice(0, limit);
  // Fluid: the names sit above their row of cells, and the columns share the width (a percentage each),
  // so at NARROW ten columns are 27 px apart; cells and ticks are drawn in px around each column's centre.
  const inset = 8 / NARROW;
  const centre = (j: number) => inset + ((j + 0.5) * (1 - 2 * inset)) / columns.length;
  const headerHeight = Math.min(HEADER_MAX, Math.max(...columns.map((c) => textWidth(c.label, SMALL_FONT_SIZE))) + 8);
  const parts: string[] = [];

  const top = frame.top;
  const hy = top + headerHeight;
  columns.forEach((c, j) => {
    const text = fit(c.label, HEADER_MAX - 8, SMALL_FONT_SIZE);
    parts.push(
      `<svg x="${pct(centre(j))}" y="${r(hy)}" overflow="visible"><text transform="rotate(-90)" y="5" font-size="${SMALL_FONT_SIZE}">${text === c.label ? '' : `<title>${esc(c.label)}</title>`}${esc(text)}</text></svg>`,
    );
  });
  const gridTop = hy + 8;
  const cellY = (i: number) => gridTop + i * ROW + SMALL_LINE + 4;
  shown.forEach((d, i) => {
    parts.push(fluidLabel(d.label, 8, gridTop + i * ROW + SMALL_FONT_SIZE, (w) => w - 16, { size: SMALL_FONT_SIZE }));
  });
  // One nested <svg> per column, at its centre, holds the column's cells.
  columns.forEach((c, j) => {
    const cells = shown.map((d, i) => {
      const cy = cellY(i);
      if (!has(d, j)) {
        return `<rect x="${r(-CELL / 2 + 0.5)}" y="${r(cy + 0.5)}" width="${CELL - 1}" height="${CELL - 1}" fill="none" stroke="${COLOR.muted}" stroke-opacity="0.6"/>`;
      }
      return `<g class="on"><title>${esc(`${d.label}: ${c.label}`)}</title><rect x="${r(-CELL / 2)}" y="${r(cy)}" width="${CELL}" height="${CELL}" rx="2" fill="${COLOR.bar}"/><text y="${r(cy + CELL / 2 + 5)}" text-anchor="middle" font-size="${SMALL_FONT_SIZE}" fill="var(--chart-on-bar, #ffffff)" aria-hidden="true">✓</text></g>`;
    });
    parts.push(`<svg x="${pct(centre(j))}" overflow="visible" class="chart-col">${cells.join('')}</svg>`);
  });
  let y = gridTop + shown.length * ROW;
  if (data.length > shown.length) {
    const n = fluidNote(s.moreIncidents(data.length - shown.length), y + SMALL_LINE);
    parts.push(n.svg);
    y = n.last;
  }

  const counts = columns.map((_, j) => data.filter((d) => has(d, j)).length);
  const best = counts.reduce((bi, v, i) => (v > (counts[bi] ?? 0) ? i : bi), 0);
  const desc = s.desc.matrix(data.length, columns.length, columns[best]?.label ?? '', counts[best] ?? 0);
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc }), table, csv: tableCsv(table) };
}
