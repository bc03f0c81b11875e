/**
 * Incidents (rows) by data type (columns): which incidents exposed faces,
 * intimate photos, medical images or identity, at a glance. An exposed type
 * is a filled square with a tick, an absent one an empty outline, so the
 * matrix does not rely on colour.
 */
import { DATA_TYPE_CATEGORIES, DATA_TYPES } from '@atlas/schema';
import { stringsFor } from '../strings.ts';
import { COLOR, emptyBody, esc, fit, frameEnd, frameStart, label, r, SMALL_FONT_SIZE, textWidth, tableCsv } from '../svg.ts';
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

const ROW = 26;
const HEADER_MAX = 190;

export function dataTypeMatrix(data: readonly IncidentDataTypes[], options: DataTypeMatrixOptions): ChartResult {
  const { locale } = options;
  const s = stringsFor(locale);
  const frame = frameStart(options);
  const { width } = frame;
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
  const labelWidth = Math.min(width * 0.42, Math.max(...shown.map((d) => textWidth(d.label, SMALL_FONT_SIZE))) + 8);
  const colWidth = Math.min(36, (width - 8 - labelWidth - 8) / columns.length);
  const cell = Math.max(8, Math.min(20, colWidth - 4));
  const x0 = 8 + labelWidth;
  const headerHeight = Math.min(HEADER_MAX, Math.max(...columns.map((c) => textWidth(c.label, SMALL_FONT_SIZE))) + 8);
  const parts: string[] = [];

  const top = frame.top;
  columns.forEach((c, j) => {
    const cx = x0 + j * colWidth + colWidth / 2;
    const hy = top + headerHeight;
    const text = fit(c.label, HEADER_MAX - 8, SMALL_FONT_SIZE);
    parts.push(
      `<text transform="translate(${r(cx + 4)},${r(hy)}) rotate(-90)" font-size="${SMALL_FONT_SIZE}">${text === c.label ? '' : `<title>${esc(c.label)}</title>`}${esc(text)}</text>`,
    );
  });
  const gridTop = top + headerHeight + 6;
  shown.forEach((d, i) => {
    const y = gridTop + i * ROW;
    const cells = columns.map((c, j) => {
      const cx = x0 + j * colWidth + (colWidth - cell) / 2;
      const cy = y + (ROW - cell) / 2;
      if (!has(d, j)) {
        return `<rect x="${r(cx + 0.5)}" y="${r(cy + 0.5)}" width="${r(cell - 1)}" height="${r(cell - 1)}" fill="none" stroke="${COLOR.muted}" stroke-opacity="0.6"/>`;
      }
      return `<g class="on"><title>${esc(`${d.label}: ${c.label}`)}</title><rect x="${r(cx)}" y="${r(cy)}" width="${r(cell)}" height="${r(cell)}" rx="2" fill="${COLOR.bar}"/><text x="${r(cx + cell / 2)}" y="${r(cy + cell / 2 + 4)}" text-anchor="middle" font-size="${SMALL_FONT_SIZE}" fill="var(--chart-on-bar, #ffffff)" aria-hidden="true">✓</text></g>`;
    });
    parts.push(
      `<g class="chart-row">`,
      label(d.label, 8, y + ROW / 2 + 4, { size: SMALL_FONT_SIZE, maxWidth: labelWidth - 8 }),
      ...cells,
      '</g>',
    );
  });
  let y = gridTop + shown.length * ROW;
  if (data.length > shown.length) {
    y += 18;
    parts.push(label(s.moreIncidents(data.length - shown.length), 8, y, { size: SMALL_FONT_SIZE, fill: COLOR.muted, cls: 'chart-note' }));
  }

  const counts = columns.map((_, j) => data.filter((d) => has(d, j)).length);
  const best = counts.reduce((bi, v, i) => (v > (counts[bi] ?? 0) ? i : bi), 0);
  const desc = s.desc.matrix(data.length, columns.length, columns[best]?.label ?? '', counts[best] ?? 0);
  return { svg: frameEnd(frame, parts.join('\n'), y, { ...head, desc }), table, csv: tableCsv(table) };
}
