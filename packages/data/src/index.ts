export {
  type CountFigure,
  Dataset,
  DatasetError,
  type DatasetInfo,
  type Disagreement,
  type FigureGroup,
  type FigureRecord,
  isCountFigure,
  isCountRecord,
  type LinkRecord,
  type LoadOptions,
  type LoadResult,
  datasetOf,
  loadDataset,
  type OutcomeRecord,
  type RevisionTimeline,
  type SourceRecord,
} from './dataset.ts';
export { type Diagnostic, fieldPath, formatDiagnostic, formatGithub, sortDiagnostics } from './diagnostics.ts';
export {
  artifactMakers,
  artifacts,
  DATA_LICENSE,
  DATASET_NAME,
  FIGURE_COLUMNS,
  figuresCsv,
  INCIDENT_COLUMNS,
  incidentsCsv,
  incidentJson,
  incidentsJson,
  type IncidentsJson,
  LINK_COLUMNS,
  linksCsv,
  OUTCOME_COLUMNS,
  outcomesCsv,
  SOURCE_COLUMNS,
  sourcesCsv,
} from './export.ts';
export { contentDir, repoRoot } from './paths.ts';
export { folderFingerprint } from './snapshot.ts';
export { BASIS_TYPES, coverageProblems, independent, relays, sourceBasis } from './coverage.ts';
export { RULES } from './rules/index.ts';
export { checkFile, listIncidentFiles, type ValidateOptions, type ValidationResult, validate } from './validate.ts';
export { DATA_PACKAGE_PROFILE, dataPackage, PACKAGE_NAME, SITE_URL } from './datapackage.ts';
export { createTableSql, SQLITE_FILE, sqliteFile, sqlJs } from './sqlite.ts';
export {
  type Column,
  type ColumnType,
  columnNames,
  figuresTable,
  type ForeignKey,
  incidentsTable,
  linksTable,
  MISSING_VALUES,
  outcomesTable,
  sourcesTable,
  type Table,
  TABLES,
  tableCsv,
  tableRows,
  tableSchema,
} from './tables.ts';
