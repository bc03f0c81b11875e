/** The rows shared by the two per-country charts: sorted, named and labelled once. */
import { formatQualified, qualifierLabel } from './format.ts';
import { collator } from './intl.ts';
import { stringsFor } from './strings.ts';
import { countryName, isFigure } from './svg.ts';
import type { ChartTable, CountryValue, Locale } from './types.ts';

export interface CountryRow {
  code: string;
  name: string;
  /** null when the country is affected but has no usable figure. */
  value: number | null;
  figure: string;
  input: CountryValue;
}

/** Rows with a figure first, largest first (ties by name), then the rows without one, by name. */
export function countryRows(data: readonly CountryValue[], locale: Locale): CountryRow[] {
  const sorter = collator(locale);
  const rows = data.map((d) => {
    const code = d.country.toUpperCase();
    const value = isFigure(d.value) ? d.value : null;
    return {
      code,
      name: d.label ?? countryName(code, locale),
      value,
      figure: value === null ? '' : formatQualified(value, d.qualifier, locale),
      input: d,
    };
  });
  return rows.sort((a, b) => {
    if (a.value !== null && b.value !== null && a.value !== b.value) return b.value - a.value;
    if ((a.value === null) !== (b.value === null)) return a.value === null ? 1 : -1;
    return sorter.compare(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  });
}

export function countryTable(rows: readonly CountryRow[], locale: Locale): ChartTable {
  const c = stringsFor(locale).columns;
  return {
    columns: [c.country, c.code, c.value, c.qualifier, c.figure, c.source, c.asOf],
    rows: rows.map((row) => [
      row.name,
      row.code,
      row.value ?? '',
      row.value === null ? '' : qualifierLabel(row.input.qualifier, locale),
      row.figure,
      row.input.source,
      row.input.asOf,
    ]),
  };
}
