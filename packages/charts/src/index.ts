/**
 * @atlas/charts: pure functions from small data shapes to accessible,
 * deterministic SVG strings, each with the table and CSV of what it plots.
 */
export { type BarsOptions, barsByCountry } from './charts/bars.ts';
export { type CrossCountsOptions, crossCounts } from './charts/cross-counts.ts';
export { DEFAULT_MATRIX_COLUMNS, type DataTypeMatrixOptions, dataTypeMatrix } from './charts/data-type-matrix.ts';
export { type IncidentsByYearOptions, incidentsByYear, yearRange } from './charts/incidents-by-year.ts';
export { type IncidentScaleOptions, incidentScale } from './charts/incident-scale.ts';
export { type PairedFiguresOptions, pairedFigures } from './charts/paired-figures.ts';
export { type SourceDisagreementOptions, sourceDisagreement } from './charts/source-disagreement.ts';
export { TIMELINE_EVENTS, type TimelineOptions, timeline } from './charts/timeline.ts';
export { countClasses, logClasses, type WorldMapOptions, worldMap } from './charts/world-map.ts';
export { countClass } from './marks/count-grid.ts';
export { formatNumber, formatPartialDate, formatQualified, formatTick, powerOfTen } from './format.ts';
export { andList, collator, displayNames, dtf, nf, pluralRules } from './intl.ts';
export { STRINGS, type Strings, stringsFor, type TimelineEvent } from './strings.ts';
export { countryName, esc, tableCsv } from './svg.ts';
export type * from './types.ts';
